class Solution {
public:
    bool checkInclusion(string word, string text) {
        int n = word.size();
        if (n > (int) text.size()) return false;
        array<int, 26> need{}, have{};
        for (char c : word) ++need[c - 'a'];
        for (int i = 0; i < (int) text.size(); ++i) {
            ++have[text[i] - 'a'];
            if (i >= n) --have[text[i - n] - 'a'];
            if (i >= n - 1 && have == need) return true;
        }
        return false;
    }
};
