class Solution {
public:
    string longestCommonPrefix(vector<string>& words) {
        if (words.empty()) return "";
        const string& first = words[0];
        for (size_t i = 0; i < first.size(); ++i) {
            for (size_t k = 1; k < words.size(); ++k) {
                if (i >= words[k].size() || words[k][i] != first[i]) return first.substr(0, i);
            }
        }
        return first;
    }
};
