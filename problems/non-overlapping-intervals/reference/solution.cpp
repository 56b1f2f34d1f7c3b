class Solution {
public:
    int eraseOverlapIntervals(vector<vector<int>>& intervals) {
        vector<vector<int>> sorted(intervals);
        sort(sorted.begin(), sorted.end(), [](const vector<int>& a, const vector<int>& b) { return a[1] < b[1]; });
        int kept = 0;
        long long lastEnd = LLONG_MIN;
        for (auto& iv : sorted) {
            if (iv[0] >= lastEnd) { kept++; lastEnd = iv[1]; }
        }
        return (int) intervals.size() - kept;
    }
};
