class Solution {
public:
    vector<string> findAllConcatenatedWordsInADict(vector<string>& words) {
        vector<array<int, 26>> kids(1);
        kids[0].fill(-1);
        vector<char> isWord(1, 0);
        for (const string& w : words) {
            int node = 0;
            for (char c : w) {
                if (kids[node][c - 'a'] < 0) {
                    kids[node][c - 'a'] = kids.size();
                    kids.emplace_back();
                    kids.back().fill(-1);
                    isWord.push_back(0);
                }
                node = kids[node][c - 'a'];
            }
            isWord[node] = 1;
        }
        vector<string> out;
        for (const string& w : words) {
            int m = w.size();
            vector<char> good(m + 1, 0);
            good[0] = 1;
            for (int i = 0; i < m; ++i) {
                if (!good[i]) continue;
                int node = 0;
                for (int j = i; j < m; ++j) {
                    node = kids[node][w[j] - 'a'];
                    if (node < 0) break;
                    if (isWord[node] && !(i == 0 && j + 1 == m)) good[j + 1] = 1;
                }
            }
            if (good[m]) out.push_back(w);
        }
        return out;
    }
};
