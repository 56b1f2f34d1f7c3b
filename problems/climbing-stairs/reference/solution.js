/**
 * @param {number} n
 * @return {number}
 */
var climbStairs = function(n) {
    let before = 1, last = 1;
    for (let i = 1; i < n; i++) {
        [before, last] = [last, before + last];
    }
    return last;
};
