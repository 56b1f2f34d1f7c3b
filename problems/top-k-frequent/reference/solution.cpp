class Solution {
public:
    vector<int> topKFrequent(vector<int>& nums, int k) {
        unordered_map<int, int> counts;
        for (int x : nums) counts[x]++;
        // Max-heap top is the weakest kept entry: lowest count, then largest value.
        auto weaker = [](const pair<int, int>& a, const pair<int, int>& b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        };
        priority_queue<pair<int, int>, vector<pair<int, int>>, decltype(weaker)> heap(weaker);
        for (auto& [value, count] : counts) {
            heap.push({count, value});
            if ((int) heap.size() > k) heap.pop();
        }
        vector<int> out(heap.size());
        for (int i = (int) out.size() - 1; i >= 0; --i) {
            out[i] = heap.top().second;
            heap.pop();
        }
        return out;
    }
};
