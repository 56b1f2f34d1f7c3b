/**
 * @param {number[][]} intervals
 * @return {number[][]}
 */
var merge = function(intervals) {
    const sorted = intervals.map(iv => [iv[0], iv[1]]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const result = [];
    for (const [start, end] of sorted) {
        const last = result[result.length - 1];
        if (last && start <= last[1]) last[1] = Math.max(last[1], end);
        else result.push([start, end]);
    }
    return result;
};
