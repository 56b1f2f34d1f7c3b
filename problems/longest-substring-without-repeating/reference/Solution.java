import java.util.*;

class Solution {
    public int lengthOfLongestSubstring(String s) {
        int[] lastSeen = new int[256];
        Arrays.fill(lastSeen, -1);
        int left = 0, best = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (lastSeen[ch] >= left) left = lastSeen[ch] + 1;
            lastSeen[ch] = i;
            best = Math.max(best, i - left + 1);
        }
        return best;
    }
}
