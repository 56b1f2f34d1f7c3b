class Solution {
public:
    bool isInterleaving(string first, string second, string merged) {
        int m = (int) first.size(), n = (int) second.size();
        if (m + n != (int) merged.size()) return false;
        vector<bool> row(n + 1, false);
        for (int i = 0; i <= m; ++i)
            for (int j = 0; j <= n; ++j) {
                if (i == 0 && j == 0) { row[j] = true; continue; }
                char here = merged[i + j - 1];
                bool fromFirst = i > 0 && row[j] && first[i - 1] == here;
                bool fromSecond = j > 0 && row[j - 1] && second[j - 1] == here;
                row[j] = fromFirst || fromSecond;
            }
        return row[n];
    }
};
