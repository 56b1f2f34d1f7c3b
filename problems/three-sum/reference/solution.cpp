class Solution {
public:
    vector<vector<int>> threeSum(vector<int>& nums) {
        vector<int> v(nums);
        sort(v.begin(), v.end());
        int n = (int) v.size();
        vector<vector<int>> triples;
        for (int i = 0; i + 2 < n; ++i) {
            if (v[i] > 0) break;
            if (i > 0 && v[i] == v[i - 1]) continue;
            int lo = i + 1, hi = n - 1;
            while (lo < hi) {
                int total = v[i] + v[lo] + v[hi];
                if (total < 0) lo++;
                else if (total > 0) hi--;
                else {
                    triples.push_back({v[i], v[lo], v[hi]});
                    lo++; hi--;
                    while (lo < hi && v[lo] == v[lo - 1]) lo++;
                    while (lo < hi && v[hi] == v[hi + 1]) hi--;
                }
            }
        }
        return triples;
    }
};
