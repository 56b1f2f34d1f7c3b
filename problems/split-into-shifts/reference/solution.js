/**
 * @param {number[]} nums
 * @param {number} k
 * @return {number}
 */
var splitArray = function(nums, k) {
    const shiftsNeeded = (cap) => {
        let count = 1, load = 0;
        for (const job of nums) {
            if (load + job > cap) { count++; load = 0; }
            load += job;
        }
        return count;
    };
    let lo = Math.max(...nums), hi = nums.reduce((a, b) => a + b, 0);
    while (lo < hi) {
        const mid = Math.floor((lo + hi) / 2);
        if (shiftsNeeded(mid) <= k) hi = mid;
        else lo = mid + 1;
    }
    return lo;
};
