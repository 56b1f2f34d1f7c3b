class Solution {
    public String minWindow(String s, String t) {
        int[] need = new int[128];
        boolean[] wanted = new boolean[128];
        int missing = 0;
        for (char ch : t.toCharArray()) {
            if (!wanted[ch]) { wanted[ch] = true; missing++; }
            need[ch]++;
        }
        int bestStart = 0, bestLen = s.length() + 1, left = 0;
        for (int right = 0; right < s.length(); right++) {
            char ch = s.charAt(right);
            if (wanted[ch] && --need[ch] == 0) missing--;
            while (missing == 0) {
                if (right - left + 1 < bestLen) { bestStart = left; bestLen = right - left + 1; }
                char out = s.charAt(left);
                if (wanted[out] && ++need[out] > 0) missing++;
                left++;
            }
        }
        return bestLen > s.length() ? "" : s.substring(bestStart, bestStart + bestLen);
    }
}
