class Solution {
    public boolean isSubsequence(String pattern, String text) {
        int i = 0;
        for (int j = 0; j < text.length(); j++) {
            if (i < pattern.length() && text.charAt(j) == pattern.charAt(i)) i++;
        }
        return i == pattern.length();
    }
}
