/**
 * @param {number[]} people
 * @param {number} limit
 * @return {number}
 */
var numRescueBoats = function(people, limit) {
    const sorted = Int32Array.from(people).sort();
    let lo = 0, hi = sorted.length - 1, rafts = 0;
    while (lo <= hi) {
        if (sorted[lo] + sorted[hi] <= limit) lo++;
        hi--;
        rafts++;
    }
    return rafts;
};
