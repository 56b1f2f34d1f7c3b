class Solution {
    public int[] sortedSquares(int[] nums) {
        int n = nums.length;
        int[] out = new int[n];
        int lo = 0, hi = n - 1;
        for (int p = n - 1; p >= 0; p--) {
            if (Math.abs(nums[lo]) > Math.abs(nums[hi])) {
                out[p] = nums[lo] * nums[lo];
                lo++;
            } else {
                out[p] = nums[hi] * nums[hi];
                hi--;
            }
        }
        return out;
    }
}
