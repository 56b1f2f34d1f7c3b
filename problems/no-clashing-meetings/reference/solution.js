/**
 * @param {number[][]} meetings
 * @return {boolean}
 */
var canAttendAll = function(meetings) {
    const ordered = meetings.slice().sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (let k = 1; k < ordered.length; k++) {
        if (ordered[k][0] < ordered[k - 1][1]) return false;
    }
    return true;
};
