/**
 * @param {number[]} nums
 * @param {number} k
 * @return {number[]}
 */
var maxSlidingWindow = function(nums, k) {
    const alive = new Array(nums.length);
    let head = 0, tail = 0;
    const out = [];
    for (let i = 0; i < nums.length; i++) {
        while (tail > head && nums[alive[tail - 1]] <= nums[i]) tail--;
        alive[tail++] = i;
        if (alive[head] <= i - k) head++;
        if (i >= k - 1) out.push(nums[alive[head]]);
    }
    return out;
};
