class Solution {
    public boolean matches(String text, String rule) {
        int m = text.length(), n = rule.length();
        boolean[][] ok = new boolean[m + 1][n + 1];
        ok[m][n] = true;
        for (int i = m; i >= 0; i--)
            for (int j = n - 1; j >= 0; j--) {
                boolean first = i < m && (rule.charAt(j) == text.charAt(i) || rule.charAt(j) == '.');
                if (j + 1 < n && rule.charAt(j + 1) == '*') ok[i][j] = ok[i][j + 2] || (first && ok[i + 1][j]);
                else ok[i][j] = first && ok[i + 1][j + 1];
            }
        return ok[0][0];
    }
}
