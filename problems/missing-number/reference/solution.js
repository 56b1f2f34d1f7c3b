/**
 * @param {number[]} nums
 * @return {number}
 */
var missingNumber = function(nums) {
    let acc = nums.length;
    for (let i = 0; i < nums.length; i++) acc ^= i ^ nums[i];
    return acc;
};
