class Solution {
public:
    int roomsNeeded(vector<vector<int>>& meetings) {
        vector<int> starts, ends;
        for (auto& m : meetings) { starts.push_back(m[0]); ends.push_back(m[1]); }
        sort(starts.begin(), starts.end());
        sort(ends.begin(), ends.end());
        int rooms = 0;
        size_t k = 0;
        for (int s : starts) {
            if (k < ends.size() && ends[k] <= s) k++;
            else rooms++;
        }
        return rooms;
    }
};
