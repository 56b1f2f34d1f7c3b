// expect: RE SIGSEGV
class Solution {
public:
    int add(int a, int b) {
        volatile int* volatile p = nullptr;
        *p = 42;
        return a + b;
    }
};
