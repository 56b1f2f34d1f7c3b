class Solution {
public:
    vector<int> tightestShift(vector<vector<int>>& shifts, vector<int>& moments) {
        vector<vector<int>> ordered = shifts;
        sort(ordered.begin(), ordered.end());
        vector<int> order(moments.size());
        iota(order.begin(), order.end(), 0);
        sort(order.begin(), order.end(), [&](int a, int b) { return moments[a] < moments[b]; });
        vector<int> answers(moments.size(), -1);
        priority_queue<pair<int, int>, vector<pair<int, int>>, greater<pair<int, int>>> heap;
        size_t k = 0;
        for (int idx : order) {
            int t = moments[idx];
            while (k < ordered.size() && ordered[k][0] <= t) {
                heap.push({ordered[k][1] - ordered[k][0] + 1, ordered[k][1]});
                k++;
            }
            while (!heap.empty() && heap.top().second < t) heap.pop();
            if (!heap.empty()) answers[idx] = heap.top().first;
        }
        return answers;
    }
};
