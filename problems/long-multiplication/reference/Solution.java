class Solution {
    public String multiply(String a, String b) {
        int m = a.length(), n = b.length();
        long[] slots = new long[m + n];
        for (int i = 0; i < m; i++) {
            int da = a.charAt(m - 1 - i) - '0';
            for (int j = 0; j < n; j++) slots[i + j] += (long) da * (b.charAt(n - 1 - j) - '0');
        }
        for (int k = 0; k < m + n - 1; k++) {
            slots[k + 1] += slots[k] / 10;
            slots[k] %= 10;
        }
        int top = m + n - 1;
        while (top > 0 && slots[top] == 0) top--;
        StringBuilder out = new StringBuilder();
        for (int k = top; k >= 0; k--) out.append((char) ('0' + slots[k]));
        return out.toString();
    }
}
