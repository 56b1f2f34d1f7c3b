/**
 * @param {number[]} numbers
 * @param {number} target
 * @return {number[]}
 */
var twoSumSorted = function(numbers, target) {
    let lo = 0, hi = numbers.length - 1;
    while (lo < hi) {
        const total = numbers[lo] + numbers[hi];
        if (total === target) return [lo, hi];
        if (total < target) lo++;
        else hi--;
    }
    return [];
};
