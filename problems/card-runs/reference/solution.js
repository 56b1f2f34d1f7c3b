/**
 * @param {number[]} cards
 * @param {number} runLength
 * @return {boolean}
 */
var canMakeRuns = function(cards, runLength) {
    if (cards.length % runLength !== 0) return false;
    const count = new Map();
    for (const v of cards) count.set(v, (count.get(v) || 0) + 1);
    const values = [...count.keys()].sort((a, b) => a - b);
    for (const v of values) {
        const c = count.get(v);
        if (c === 0) continue;
        for (let w = v; w < v + runLength; w++) {
            const have = count.get(w) || 0;
            if (have < c) return false;
            count.set(w, have - c);
        }
    }
    return true;
};
