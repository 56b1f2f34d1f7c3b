/**
 * @param {number[]} votes
 * @return {number}
 */
var majorityElement = function(votes) {
    let candidate = 0, count = 0;
    for (const v of votes) {
        if (count === 0) candidate = v;
        count += v === candidate ? 1 : -1;
    }
    return candidate;
};
