class Solution {
    public int longestCommonSubsequence(String text1, String text2) {
        int n = text2.length();
        int[] row = new int[n + 1], next = new int[n + 1];
        for (int i = 0; i < text1.length(); i++) {
            char a = text1.charAt(i);
            next[0] = 0;
            for (int j = 0; j < n; j++)
                next[j + 1] = a == text2.charAt(j) ? row[j] + 1 : Math.max(row[j + 1], next[j]);
            int[] t = row; row = next; next = t;
        }
        return row[n];
    }
}
