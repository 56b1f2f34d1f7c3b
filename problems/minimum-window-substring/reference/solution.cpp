class Solution {
public:
    string minWindow(string s, string t) {
        vector<int> need(128, 0);
        vector<bool> wanted(128, false);
        int missing = 0;
        for (char ch : t) {
            if (!wanted[ch]) { wanted[ch] = true; missing++; }
            need[ch]++;
        }
        int bestStart = 0, bestLen = (int) s.size() + 1, left = 0;
        for (int right = 0; right < (int) s.size(); ++right) {
            char ch = s[right];
            if (wanted[ch] && --need[ch] == 0) missing--;
            while (missing == 0) {
                if (right - left + 1 < bestLen) { bestStart = left; bestLen = right - left + 1; }
                char out = s[left];
                if (wanted[out] && ++need[out] > 0) missing++;
                left++;
            }
        }
        return bestLen > (int) s.size() ? "" : s.substr(bestStart, bestLen);
    }
};
