// expect: RE SIGFPE
// The divisor is zero at run time only (g++ turns a known zero divisor into a trap).
class Solution {
public:
    int add(int a, int b) {
        volatile int zero = 0;
        return a / zero;
    }
};
