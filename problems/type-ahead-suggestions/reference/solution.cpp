class Solution {
    struct Node {
        int kids[26];
        vector<string> top;
        Node() { fill(begin(kids), end(kids), -1); }
    };

public:
    vector<vector<string>> suggestedProducts(vector<string>& products, string searchWord) {
        vector<string> sorted = products;
        sort(sorted.begin(), sorted.end());
        vector<Node> trie(1);
        for (const string& product : sorted) {
            int node = 0;
            for (char c : product) {
                if (trie[node].kids[c - 'a'] < 0) {
                    trie[node].kids[c - 'a'] = trie.size();
                    trie.emplace_back();
                }
                node = trie[node].kids[c - 'a'];
                if (trie[node].top.size() < 3) trie[node].top.push_back(product);
            }
        }
        vector<vector<string>> out;
        int node = 0;
        for (char c : searchWord) {
            node = node < 0 ? -1 : trie[node].kids[c - 'a'];
            out.push_back(node < 0 ? vector<string>{} : trie[node].top);
        }
        return out;
    }
};
