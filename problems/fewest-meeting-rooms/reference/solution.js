/**
 * @param {number[][]} meetings
 * @return {number}
 */
var roomsNeeded = function(meetings) {
    const starts = meetings.map(m => m[0]).sort((a, b) => a - b);
    const ends = meetings.map(m => m[1]).sort((a, b) => a - b);
    let rooms = 0, k = 0;
    for (const s of starts) {
        if (k < ends.length && ends[k] <= s) k++;
        else rooms++;
    }
    return rooms;
};
