class Trie {
    struct Node {
        int next[26];
        bool isWord = false;
        Node() { fill(begin(next), end(next), -1); }
    };
    vector<Node> nodes;

    int walk(const string& text) const {
        int at = 0;
        for (char ch : text) {
            at = nodes[at].next[ch - 'a'];
            if (at < 0) return -1;
        }
        return at;
    }

public:
    Trie() : nodes(1) {}

    void insert(string word) {
        int at = 0;
        for (char ch : word) {
            int c = ch - 'a';
            if (nodes[at].next[c] < 0) {
                nodes[at].next[c] = (int)nodes.size();
                nodes.emplace_back();
            }
            at = nodes[at].next[c];
        }
        nodes[at].isWord = true;
    }

    bool search(string word) {
        int at = walk(word);
        return at >= 0 && nodes[at].isWord;
    }

    bool startsWith(string prefix) { return walk(prefix) >= 0; }
};
