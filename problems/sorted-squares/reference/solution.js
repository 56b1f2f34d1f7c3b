/**
 * @param {number[]} nums
 * @return {number[]}
 */
var sortedSquares = function(nums) {
    const n = nums.length;
    const out = new Array(n);
    let lo = 0, hi = n - 1;
    for (let p = n - 1; p >= 0; p--) {
        if (Math.abs(nums[lo]) > Math.abs(nums[hi])) {
            out[p] = nums[lo] * nums[lo];
            lo++;
        } else {
            out[p] = nums[hi] * nums[hi];
            hi--;
        }
    }
    return out;
};
