class Solution {
public:
    bool isSubsequence(string pattern, string text) {
        size_t i = 0;
        for (char letter : text) {
            if (i < pattern.size() && letter == pattern[i]) ++i;
        }
        return i == pattern.size();
    }
};
