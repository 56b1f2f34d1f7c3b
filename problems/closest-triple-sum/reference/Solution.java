import java.util.*;

class Solution {
    public int threeSumClosest(int[] nums, int target) {
        Arrays.sort(nums);
        int n = nums.length;
        int best = nums[0] + nums[1] + nums[2];
        for (int i = 0; i < n - 2; i++) {
            int lo = i + 1, hi = n - 1;
            while (lo < hi) {
                int total = nums[i] + nums[lo] + nums[hi];
                if (Math.abs(total - target) < Math.abs(best - target)) best = total;
                if (total == target) return total;
                if (total < target) lo++;
                else hi--;
            }
        }
        return best;
    }
}
