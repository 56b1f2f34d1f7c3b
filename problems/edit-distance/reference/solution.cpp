class Solution {
public:
    int minDistance(string word1, string word2) {
        int n = (int) word2.size();
        vector<int> row(n + 1), next(n + 1);
        for (int j = 0; j <= n; ++j) row[j] = j;
        for (int i = 1; i <= (int) word1.size(); ++i) {
            next[0] = i;
            for (int j = 1; j <= n; ++j)
                next[j] = word1[i - 1] == word2[j - 1] ? row[j - 1] : 1 + min({row[j], next[j - 1], row[j - 1]});
            swap(row, next);
        }
        return row[n];
    }
};
