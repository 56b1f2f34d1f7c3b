class Solution {
    long long atMost(const vector<int>& nums, int m) {
        vector<int> counts(nums.size() + 2, 0);
        int kinds = 0, left = 0;
        long long total = 0;
        for (int right = 0; right < (int) nums.size(); ++right) {
            if (counts[nums[right]]++ == 0) ++kinds;
            while (kinds > m) {
                if (--counts[nums[left]] == 0) --kinds;
                ++left;
            }
            total += right - left + 1;
        }
        return total;
    }

public:
    int subarraysWithKDistinct(vector<int>& nums, int k) {
        return (int) (atMost(nums, k) - atMost(nums, k - 1));
    }
};
