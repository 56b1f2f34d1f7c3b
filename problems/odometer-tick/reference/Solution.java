class Solution {
    public int[] tick(int[] digits) {
        int[] out = digits.clone();
        for (int k = out.length - 1; k >= 0; k--) {
            if (out[k] < 9) {
                out[k]++;
                return out;
            }
            out[k] = 0;
        }
        int[] longer = new int[out.length + 1];
        longer[0] = 1;
        return longer;
    }
}
