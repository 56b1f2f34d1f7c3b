/**
 * @param {number[]} nums
 * @return {number}
 */
var singleNumber = function(nums) {
    let acc = 0;
    for (const x of nums) acc ^= x;
    return acc;
};
