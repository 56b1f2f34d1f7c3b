import java.util.*;

class Solution {
    public boolean checkInclusion(String word, String text) {
        int n = word.length();
        if (n > text.length()) return false;
        int[] need = new int[26], have = new int[26];
        for (int i = 0; i < n; i++) need[word.charAt(i) - 'a']++;
        for (int i = 0; i < text.length(); i++) {
            have[text.charAt(i) - 'a']++;
            if (i >= n) have[text.charAt(i - n) - 'a']--;
            if (i >= n - 1 && Arrays.equals(have, need)) return true;
        }
        return false;
    }
}
