/**
 * @param {number[]} heights
 * @return {number}
 */
var maxArea = function(heights) {
    let lo = 0, hi = heights.length - 1, best = 0;
    while (lo < hi) {
        best = Math.max(best, Math.min(heights[lo], heights[hi]) * (hi - lo));
        if (heights[lo] < heights[hi]) lo++;
        else hi--;
    }
    return best;
};
