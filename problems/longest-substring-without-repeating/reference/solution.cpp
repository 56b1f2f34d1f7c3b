class Solution {
public:
    int lengthOfLongestSubstring(string s) {
        vector<int> lastSeen(256, -1);
        int left = 0, best = 0;
        for (int i = 0; i < (int) s.size(); ++i) {
            unsigned char ch = s[i];
            if (lastSeen[ch] >= left) left = lastSeen[ch] + 1;
            lastSeen[ch] = i;
            best = max(best, i - left + 1);
        }
        return best;
    }
};
