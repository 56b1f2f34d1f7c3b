/**
 * @param {number[][]} matrix
 * @param {number} target
 * @return {boolean}
 */
var searchMatrix = function(matrix, target) {
    const m = matrix.length, n = matrix[0].length;
    let lo = 0, hi = m * n - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const value = matrix[Math.floor(mid / n)][mid % n];
        if (value === target) return true;
        if (value < target) lo = mid + 1;
        else hi = mid - 1;
    }
    return false;
};
