class Solution {
public:
    vector<vector<int>> kClosest(vector<vector<int>>& points, int k) {
        // Max-heap of the k best keys so far; the worst kept key is on top.
        priority_queue<tuple<long long, int, int>> heap;
        for (auto& p : points) {
            tuple<long long, int, int> key{(long long) p[0] * p[0] + (long long) p[1] * p[1], p[0], p[1]};
            if ((int) heap.size() < k) heap.push(key);
            else if (key < heap.top()) { heap.pop(); heap.push(key); }
        }
        vector<vector<int>> out(heap.size());
        for (int i = (int) out.size() - 1; i >= 0; --i) {
            auto [d, x, y] = heap.top();
            heap.pop();
            out[i] = {x, y};
        }
        return out;
    }
};
