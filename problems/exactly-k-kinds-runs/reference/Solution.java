class Solution {
    private long atMost(int[] nums, int m) {
        int[] counts = new int[nums.length + 2];
        int kinds = 0, left = 0;
        long total = 0;
        for (int right = 0; right < nums.length; right++) {
            if (counts[nums[right]]++ == 0) kinds++;
            while (kinds > m) {
                if (--counts[nums[left]] == 0) kinds--;
                left++;
            }
            total += right - left + 1;
        }
        return total;
    }

    public int subarraysWithKDistinct(int[] nums, int k) {
        return (int) (atMost(nums, k) - atMost(nums, k - 1));
    }
}
