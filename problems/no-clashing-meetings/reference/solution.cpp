class Solution {
public:
    bool canAttendAll(vector<vector<int>>& meetings) {
        vector<vector<int>> ordered = meetings;
        sort(ordered.begin(), ordered.end());
        for (size_t k = 1; k < ordered.size(); ++k)
            if (ordered[k][0] < ordered[k - 1][1]) return false;
        return true;
    }
};
