class Solution {
public:
    bool canMakeRuns(vector<int>& cards, int runLength) {
        if (cards.size() % runLength != 0) return false;
        map<long long, int> count;
        for (int v : cards) count[v]++;
        for (auto& [v, c0] : count) {
            int c = c0;
            if (c == 0) continue;
            for (long long w = v; w < v + runLength; ++w) {
                auto it = count.find(w);
                if (it == count.end() || it->second < c) return false;
                it->second -= c;
            }
        }
        return true;
    }
};
