class Solution {
    struct Node {
        int next[26];
        int word = -1;
        int children = 0;
        Node() { for (int& x : next) x = -1; }
    };
    vector<Node> trie;
    vector<string> found;

    void walk(vector<vector<char>>& board, const vector<string>& words, int r, int c, int parent) {
        char ch = board[r][c];
        if (ch == '#') return;
        int node = trie[parent].next[ch - 'a'];
        if (node < 0) return;
        if (trie[node].word >= 0) {
            found.push_back(words[trie[node].word]);
            trie[node].word = -1;
        }
        board[r][c] = '#';
        int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
        for (int k = 0; k < 4; ++k) {
            int nr = r + dr[k], nc = c + dc[k];
            if (nr >= 0 && nr < (int) board.size() && nc >= 0 && nc < (int) board[0].size())
                walk(board, words, nr, nc, node);
        }
        board[r][c] = ch;
        if (trie[node].children == 0 && trie[node].word < 0) {
            trie[parent].next[ch - 'a'] = -1;
            trie[parent].children--;
        }
    }

public:
    vector<string> findWords(vector<vector<char>>& board, vector<string>& words) {
        trie.assign(1, Node());
        found.clear();
        for (int i = 0; i < (int) words.size(); ++i) {
            int node = 0;
            for (char ch : words[i]) {
                if (trie[node].next[ch - 'a'] < 0) {
                    trie[node].next[ch - 'a'] = (int) trie.size();
                    trie[node].children++;
                    trie.emplace_back();
                }
                node = trie[node].next[ch - 'a'];
            }
            trie[node].word = i;
        }
        for (int r = 0; r < (int) board.size(); ++r)
            for (int c = 0; c < (int) board[0].size(); ++c) walk(board, words, r, c, 0);
        sort(found.begin(), found.end());
        return found;
    }
};
