class Solution {
public:
    bool matches(string text, string rule) {
        int m = (int) text.size(), n = (int) rule.size();
        vector<vector<bool>> ok(m + 1, vector<bool>(n + 1, false));
        ok[m][n] = true;
        for (int i = m; i >= 0; --i)
            for (int j = n - 1; j >= 0; --j) {
                bool first = i < m && (rule[j] == text[i] || rule[j] == '.');
                if (j + 1 < n && rule[j + 1] == '*') ok[i][j] = ok[i][j + 2] || (first && ok[i + 1][j]);
                else ok[i][j] = first && ok[i + 1][j + 1];
            }
        return ok[0][0];
    }
};
