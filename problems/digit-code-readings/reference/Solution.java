class Solution {
    public int countReadings(String code) {
        final long MOD = 1000000007L;
        long twoBack = 1, oneBack = 1;
        for (int i = 0; i < code.length(); i++) {
            long here = code.charAt(i) != '0' ? oneBack : 0;
            if (i > 0) {
                int pair = (code.charAt(i - 1) - '0') * 10 + (code.charAt(i) - '0');
                if (pair >= 10 && pair <= 26) here += twoBack;
            }
            twoBack = oneBack;
            oneBack = here % MOD;
        }
        return (int) oneBack;
    }
}
