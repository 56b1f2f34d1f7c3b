class Solution {
public:
    int splitArray(vector<int>& nums, int k) {
        long long lo = *max_element(nums.begin(), nums.end());
        long long hi = accumulate(nums.begin(), nums.end(), 0LL);
        while (lo < hi) {
            long long mid = (lo + hi) / 2, load = 0;
            int count = 1;
            for (int job : nums) {
                if (load + job > mid) { ++count; load = 0; }
                load += job;
            }
            if (count <= k) hi = mid;
            else lo = mid + 1;
        }
        return (int) lo;
    }
};
