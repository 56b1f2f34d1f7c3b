class Solution {
    vector<vector<int>> ways;
    vector<int> picks;

    void walk(const vector<int>& values, int start, int remaining) {
        if (remaining == 0) { ways.push_back(picks); return; }
        for (int j = start; j < (int) values.size() && values[j] <= remaining; ++j) {
            picks.push_back(values[j]);
            walk(values, j, remaining - values[j]);
            picks.pop_back();
        }
    }

public:
    vector<vector<int>> combinationSum(vector<int>& candidates, int target) {
        vector<int> values(candidates);
        sort(values.begin(), values.end());
        ways.clear();
        walk(values, 0, target);
        return ways;
    }
};
