class Solution {
public:
    int longestCommonSubsequence(string text1, string text2) {
        vector<int> row(text2.size() + 1, 0), next(text2.size() + 1, 0);
        for (char a : text1) {
            next[0] = 0;
            for (size_t j = 0; j < text2.size(); ++j)
                next[j + 1] = a == text2[j] ? row[j] + 1 : max(row[j + 1], next[j]);
            swap(row, next);
        }
        return row[text2.size()];
    }
};
