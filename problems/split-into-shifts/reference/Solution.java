class Solution {
    public int splitArray(int[] nums, int k) {
        long lo = 0, hi = 0;
        for (int job : nums) {
            lo = Math.max(lo, job);
            hi += job;
        }
        while (lo < hi) {
            long mid = (lo + hi) / 2, load = 0;
            int count = 1;
            for (int job : nums) {
                if (load + job > mid) { count++; load = 0; }
                load += job;
            }
            if (count <= k) hi = mid;
            else lo = mid + 1;
        }
        return (int) lo;
    }
}
