// expect: RE SIGSEGV
// The shape: a plain null write in a function that otherwise only returns `{}`.
// g++ -O2 took the write as unreachable, so found the function free of side effects
// ("const") and deleted the call: the harness then ran on into unrelated code and
// looped until the CPU limit.
class Solution {
public:
    vector<int> add(int a, int b) {
        int* p = nullptr;
        *p = 42;
        return {};
    }
};
