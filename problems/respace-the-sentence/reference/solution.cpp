class Solution {
    unordered_set<string> vocab;
    unordered_map<int, vector<string>> memo;
    string text;

    const vector<string>& fromPos(int start) {
        auto it = memo.find(start);
        if (it != memo.end()) return it->second;
        vector<string> found;
        if (start == (int) text.size()) {
            found.push_back("");
        } else {
            for (int end = start + 1; end <= min((int) text.size(), start + 10); ++end) {
                string piece = text.substr(start, end - start);
                if (!vocab.count(piece)) continue;
                for (const string& rest : fromPos(end)) found.push_back(rest.empty() ? piece : piece + " " + rest);
            }
        }
        return memo[start] = found;
    }

public:
    vector<string> respace(string text, vector<string>& words) {
        this->text = text;
        vocab = unordered_set<string>(words.begin(), words.end());
        memo.clear();
        return fromPos(0);
    }
};
