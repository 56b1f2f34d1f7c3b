class Solution {
    public boolean isInterleaving(String first, String second, String merged) {
        int m = first.length(), n = second.length();
        if (m + n != merged.length()) return false;
        boolean[] row = new boolean[n + 1];
        for (int i = 0; i <= m; i++)
            for (int j = 0; j <= n; j++) {
                if (i == 0 && j == 0) { row[j] = true; continue; }
                char here = merged.charAt(i + j - 1);
                boolean fromFirst = i > 0 && row[j] && first.charAt(i - 1) == here;
                boolean fromSecond = j > 0 && row[j - 1] && second.charAt(j - 1) == here;
                row[j] = fromFirst || fromSecond;
            }
        return row[n];
    }
}
