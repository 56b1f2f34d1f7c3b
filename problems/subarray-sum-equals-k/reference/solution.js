/**
 * @param {number[]} nums
 * @param {number} k
 * @return {number}
 */
var subarraySum = function(nums, k) {
    const seen = new Map([[0, 1]]);
    let total = 0;
    let count = 0;
    for (const value of nums) {
        total += value;
        count += seen.get(total - k) || 0;
        seen.set(total, (seen.get(total) || 0) + 1);
    }
    return count;
};
