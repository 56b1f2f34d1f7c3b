class SnapshotArray {
    int snapId = 0;
    vector<vector<pair<int, int>>> history;  // per index: (snapshot id, value)

public:
    SnapshotArray(int length) : history(length, vector<pair<int, int>>{{0, 0}}) {}

    void set(int index, int val) {
        auto& h = history[index];
        if (h.back().first == snapId) h.back().second = val;
        else h.emplace_back(snapId, val);
    }

    int snap() { return snapId++; }

    int get(int index, int snap_id) {
        const auto& h = history[index];
        auto after = upper_bound(h.begin(), h.end(), make_pair(snap_id, INT_MAX));
        return prev(after)->second;
    }
};
