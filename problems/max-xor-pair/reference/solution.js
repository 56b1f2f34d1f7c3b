/**
 * @param {number[]} nums
 * @return {number}
 */
var findMaximumXor = function(nums) {
    const zero = [0], one = [0];
    const grow = () => { zero.push(0); one.push(0); return zero.length - 1; };
    for (const x of nums) {
        let node = 0;
        for (let b = 30; b >= 0; b--) {
            const kids = (x >>> b) & 1 ? one : zero;
            if (kids[node] === 0) kids[node] = grow();
            node = kids[node];
        }
    }
    let best = 0;
    for (const x of nums) {
        let node = 0, value = 0;
        for (let b = 30; b >= 0; b--) {
            const bit = (x >>> b) & 1;
            const want = bit ? zero : one;
            if (want[node] !== 0) {
                value += 2 ** b;
                node = want[node];
            } else {
                node = (bit ? one : zero)[node];
            }
        }
        if (value > best) best = value;
    }
    return best;
};
