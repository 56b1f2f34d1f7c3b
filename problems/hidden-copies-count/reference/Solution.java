class Solution {
    public int countCopies(String text, String pattern) {
        final long MOD = 1000000007L;
        int n = pattern.length();
        long[] ways = new long[n + 1];
        ways[0] = 1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            for (int j = n; j >= 1; j--)
                if (pattern.charAt(j - 1) == ch) ways[j] = (ways[j] + ways[j - 1]) % MOD;
        }
        return (int) ways[n];
    }
}
