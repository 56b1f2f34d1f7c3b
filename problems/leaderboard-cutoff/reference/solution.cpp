class Solution {
public:
    vector<int> cutoffScores(int k, vector<int>& scores, vector<int>& arrivals) {
        priority_queue<int, vector<int>, greater<int>> top;
        for (int s : scores) {
            top.push(s);
            if ((int) top.size() > k) top.pop();
        }
        vector<int> out;
        for (int s : arrivals) {
            top.push(s);
            if ((int) top.size() > k) top.pop();
            out.push_back(top.top());
        }
        return out;
    }
};
