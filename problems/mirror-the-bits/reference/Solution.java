class Solution {
    public long reverseBits(long word) {
        long result = 0;
        for (int i = 0; i < 32; i++) {
            result = (result << 1) | (word & 1L);
            word >>= 1;
        }
        return result;
    }
}
