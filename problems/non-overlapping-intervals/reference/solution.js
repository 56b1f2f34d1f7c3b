/**
 * @param {number[][]} intervals
 * @return {number}
 */
var eraseOverlapIntervals = function(intervals) {
    const sorted = [...intervals].sort((a, b) => a[1] - b[1]);
    let kept = 0, lastEnd = -Infinity;
    for (const [start, end] of sorted) {
        if (start >= lastEnd) { kept++; lastEnd = end; }
    }
    return intervals.length - kept;
};
