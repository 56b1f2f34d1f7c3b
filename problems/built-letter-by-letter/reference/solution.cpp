class Solution {
public:
    string longestWord(vector<string>& words) {
        vector<array<int, 26>> kids(1);
        kids[0].fill(-1);
        vector<int> wordAt(1, -1);
        for (int i = 0; i < (int) words.size(); ++i) {
            int node = 0;
            for (char c : words[i]) {
                if (kids[node][c - 'a'] < 0) {
                    kids[node][c - 'a'] = kids.size();
                    kids.emplace_back();
                    kids.back().fill(-1);
                    wordAt.push_back(-1);
                }
                node = kids[node][c - 'a'];
            }
            wordAt[node] = i;
        }
        string best;
        vector<int> stack{0};
        while (!stack.empty()) {
            int node = stack.back();
            stack.pop_back();
            for (int c = 0; c < 26; ++c) {
                int child = kids[node][c];
                if (child < 0 || wordAt[child] < 0) continue;
                const string& w = words[wordAt[child]];
                if (w.size() > best.size() || (w.size() == best.size() && w < best)) best = w;
                stack.push_back(child);
            }
        }
        return best;
    }
};
