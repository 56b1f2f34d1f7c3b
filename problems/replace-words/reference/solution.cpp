class Solution {
    struct Node {
        int next[26];
        bool end = false;
        Node() { for (int& x : next) x = -1; }
    };

public:
    string replaceWords(vector<string>& stems, string sentence) {
        vector<Node> trie(1);
        for (const string& stem : stems) {
            int node = 0;
            for (char ch : stem) {
                int c = ch - 'a';
                if (trie[node].next[c] < 0) {
                    trie[node].next[c] = (int) trie.size();
                    trie.emplace_back();
                }
                node = trie[node].next[c];
            }
            trie[node].end = true;
        }
        string out;
        size_t start = 0;
        while (start <= sentence.size()) {
            size_t stop = sentence.find(' ', start);
            if (stop == string::npos) stop = sentence.size();
            size_t keep = stop - start;
            int node = 0;
            for (size_t i = start; i < stop; ++i) {
                node = trie[node].next[sentence[i] - 'a'];
                if (node < 0) break;
                if (trie[node].end) { keep = i - start + 1; break; }
            }
            if (!out.empty()) out += ' ';
            out += sentence.substr(start, keep);
            start = stop + 1;
        }
        return out;
    }
};
