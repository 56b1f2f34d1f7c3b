class Solution {
    struct Node {
        int kids[26];
        bool isWord = false;
        Node() { std::fill(kids, kids + 26, -1); }
    };

public:
    vector<bool> wildcardMatches(vector<string>& words, vector<string>& queries) {
        vector<Node> trie(1);
        for (const string& w : words) {
            int node = 0;
            for (char c : w) {
                if (trie[node].kids[c - 'a'] < 0) {
                    trie[node].kids[c - 'a'] = trie.size();
                    trie.emplace_back();
                }
                node = trie[node].kids[c - 'a'];
            }
            trie[node].isWord = true;
        }
        vector<bool> out;
        for (const string& q : queries) {
            bool found = false;
            vector<pair<int, int>> stack{{0, 0}};
            while (!stack.empty() && !found) {
                auto [node, i] = stack.back();
                stack.pop_back();
                if (i == (int) q.size()) {
                    found = trie[node].isWord;
                } else if (q[i] == '.') {
                    for (int k : trie[node].kids) if (k >= 0) stack.push_back({k, i + 1});
                } else if (trie[node].kids[q[i] - 'a'] >= 0) {
                    stack.push_back({trie[node].kids[q[i] - 'a'], i + 1});
                }
            }
            out.push_back(found);
        }
        return out;
    }
};
