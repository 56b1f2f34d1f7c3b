class Solution {
public:
    vector<double> runningMedians(vector<int>& stream) {
        priority_queue<int> low;
        priority_queue<int, vector<int>, greater<int>> high;
        vector<double> out;
        for (int value : stream) {
            low.push(value);
            high.push(low.top());
            low.pop();
            if (high.size() > low.size()) {
                low.push(high.top());
                high.pop();
            }
            if (low.size() > high.size()) out.push_back(low.top());
            else out.push_back(((double) low.top() + high.top()) / 2.0);
        }
        return out;
    }
};
