// expect: RE SIGSEGV
// Unbounded recursion that cannot become a loop: every frame keeps a volatile buffer.
class Solution {
public:
    int add(int a, int b) {
        volatile char frame[256];
        frame[a & 255] = (char)b;
        return add(a + 1, b) + frame[b & 255];
    }
};
