/**
 * @param {number[]} nums
 * @param {number} target
 * @return {number}
 */
var threeSumClosest = function(nums, target) {
    const a = Int32Array.from(nums).sort();
    const n = a.length;
    let best = a[0] + a[1] + a[2];
    for (let i = 0; i < n - 2; i++) {
        let lo = i + 1, hi = n - 1;
        while (lo < hi) {
            const total = a[i] + a[lo] + a[hi];
            if (Math.abs(total - target) < Math.abs(best - target)) best = total;
            if (total === target) return total;
            if (total < target) lo++;
            else hi--;
        }
    }
    return best;
};
