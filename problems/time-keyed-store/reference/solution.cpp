class TimeMap {
    unordered_map<string, vector<pair<int, string>>> entries;

public:
    TimeMap() {}

    void set(string key, string value, int timestamp) {
        entries[key].emplace_back(timestamp, value);
    }

    string get(string key, int timestamp) {
        auto it = entries.find(key);
        if (it == entries.end()) return "";
        const auto& list = it->second;
        auto after = upper_bound(list.begin(), list.end(), timestamp,
                                 [](int t, const pair<int, string>& e) { return t < e.first; });
        return after == list.begin() ? "" : prev(after)->second;
    }
};
