/**
 * @param {number[]} reach
 * @return {number}
 */
var fewestHops = function(reach) {
    let hops = 0, end = 0, furthest = 0;
    for (let i = 0; i < reach.length - 1; i++) {
        furthest = Math.max(furthest, i + reach[i]);
        if (i === end) {
            hops++;
            end = furthest;
        }
    }
    return hops;
};
