class Solution {
public:
    vector<int> sortedSquares(vector<int>& nums) {
        int n = nums.size();
        vector<int> out(n);
        int lo = 0, hi = n - 1;
        for (int p = n - 1; p >= 0; --p) {
            if (abs(nums[lo]) > abs(nums[hi])) {
                out[p] = nums[lo] * nums[lo];
                ++lo;
            } else {
                out[p] = nums[hi] * nums[hi];
                --hi;
            }
        }
        return out;
    }
};
