class Solution {
public:
    int characterReplacement(string s, int k) {
        int counts[26] = {0};
        int left = 0, highest = 0, best = 0;
        for (int right = 0; right < (int) s.size(); ++right) {
            highest = max(highest, ++counts[s[right] - 'A']);
            while (right - left + 1 - highest > k) {
                --counts[s[left] - 'A'];
                ++left;
            }
            best = max(best, right - left + 1);
        }
        return best;
    }
};
