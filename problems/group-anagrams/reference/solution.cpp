class Solution {
public:
    vector<vector<string>> groupAnagrams(vector<string>& words) {
        unordered_map<string, int> index;
        vector<vector<string>> buckets;
        for (const string& word : words) {
            string key = word;
            sort(key.begin(), key.end());
            auto it = index.find(key);
            if (it == index.end()) {
                index[key] = (int) buckets.size();
                buckets.push_back({word});
            } else {
                buckets[it->second].push_back(word);
            }
        }
        return buckets;
    }
};
