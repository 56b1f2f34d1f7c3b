class Solution {
    public int characterReplacement(String s, int k) {
        int[] counts = new int[26];
        int left = 0, highest = 0, best = 0;
        for (int right = 0; right < s.length(); right++) {
            highest = Math.max(highest, ++counts[s.charAt(right) - 'A']);
            while (right - left + 1 - highest > k) {
                counts[s.charAt(left) - 'A']--;
                left++;
            }
            best = Math.max(best, right - left + 1);
        }
        return best;
    }
}
