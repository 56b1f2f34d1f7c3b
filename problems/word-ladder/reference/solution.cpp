class Solution {
public:
    int ladderLength(string beginWord, string endWord, vector<string>& wordList) {
        if (find(wordList.begin(), wordList.end(), endWord) == wordList.end()) return 0;
        unordered_map<string, vector<string>> groups;
        for (const string& word : wordList) {
            for (size_t i = 0; i < word.size(); ++i) {
                string pattern = word;
                pattern[i] = '*';
                groups[pattern].push_back(word);
            }
        }
        unordered_set<string> visited{beginWord};
        queue<pair<string, int>> q;
        q.push({beginWord, 1});
        while (!q.empty()) {
            auto [word, depth] = q.front();
            q.pop();
            for (size_t i = 0; i < word.size(); ++i) {
                string pattern = word;
                pattern[i] = '*';
                auto it = groups.find(pattern);
                if (it == groups.end()) continue;
                for (const string& next : it->second) {
                    if (next == endWord) return depth + 1;
                    if (visited.insert(next).second) q.push({next, depth + 1});
                }
                groups.erase(it);
            }
        }
        return 0;
    }
};
