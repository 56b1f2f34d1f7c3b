class Solution {
public:
    int climbStairs(int n) {
        long long before = 1, last = 1;
        for (int i = 1; i < n; ++i) {
            long long next = before + last;
            before = last;
            last = next;
        }
        return (int) last;
    }
};
