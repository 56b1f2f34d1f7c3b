class Solution {
public:
    string alienOrder(vector<string>& words) {
        bool present[26] = {false}, used[26] = {false}, after[26][26] = {{false}};
        int indegree[26] = {0};
        for (auto& w : words)
            for (char ch : w) present[ch - 'a'] = true;
        for (size_t k = 0; k + 1 < words.size(); ++k) {
            const string& a = words[k];
            const string& b = words[k + 1];
            size_t n = min(a.size(), b.size()), p = 0;
            while (p < n && a[p] == b[p]) p++;
            if (p == n) {
                if (a.size() > b.size()) return "";
                continue;
            }
            int i = a[p] - 'a', j = b[p] - 'a';
            if (!after[i][j]) {
                after[i][j] = true;
                indegree[j]++;
            }
        }
        int total = 0;
        for (int k = 0; k < 26; ++k) total += present[k];
        string order;
        for (;;) {
            int pick = -1;
            for (int k = 0; k < 26; ++k)
                if (present[k] && !used[k] && indegree[k] == 0) { pick = k; break; }
            if (pick == -1) break;
            used[pick] = true;
            order += (char) ('a' + pick);
            for (int j = 0; j < 26; ++j)
                if (after[pick][j]) indegree[j]--;
        }
        return (int) order.size() == total ? order : "";
    }
};
