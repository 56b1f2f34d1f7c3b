class Solution {
public:
    vector<vector<int>> subsets(vector<int>& nums) {
        vector<int> values(nums);
        sort(values.begin(), values.end());
        int n = (int) values.size();
        vector<vector<int>> result;
        for (int mask = 0; mask < (1 << n); ++mask) {
            vector<int> chosen;
            for (int j = 0; j < n; ++j)
                if (mask >> j & 1) chosen.push_back(values[j]);
            result.push_back(chosen);
        }
        return result;
    }
};
