class Solution {
    vector<int> row;
    vector<bool> used;
    vector<vector<int>> out;

    void place(const vector<int>& guests) {
        if (row.size() == guests.size()) {
            out.push_back(row);
            return;
        }
        for (size_t k = 0; k < guests.size(); ++k) {
            if (used[k]) continue;
            used[k] = true;
            row.push_back(guests[k]);
            place(guests);
            row.pop_back();
            used[k] = false;
        }
    }

public:
    vector<vector<int>> seatings(vector<int>& guests) {
        used.assign(guests.size(), false);
        place(guests);
        return out;
    }
};
