class Solution {
    public int minDistance(String word1, String word2) {
        int n = word2.length();
        int[] row = new int[n + 1], next = new int[n + 1];
        for (int j = 0; j <= n; j++) row[j] = j;
        for (int i = 1; i <= word1.length(); i++) {
            next[0] = i;
            for (int j = 1; j <= n; j++) {
                if (word1.charAt(i - 1) == word2.charAt(j - 1)) next[j] = row[j - 1];
                else next[j] = 1 + Math.min(row[j], Math.min(next[j - 1], row[j - 1]));
            }
            int[] t = row; row = next; next = t;
        }
        return row[n];
    }
}
