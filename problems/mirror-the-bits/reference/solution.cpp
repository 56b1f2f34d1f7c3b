class Solution {
public:
    long long reverseBits(long long word) {
        unsigned int w = (unsigned int) word, result = 0;
        for (int i = 0; i < 32; ++i) {
            result = (result << 1) | (w & 1u);
            w >>= 1;
        }
        return (long long) result;
    }
};
