/**
 * @param {number[]} nums
 * @return {number[][]}
 */
var threeSum = function(nums) {
    const v = [...nums].sort((a, b) => a - b);
    const n = v.length, triples = [];
    for (let i = 0; i < n - 2; i++) {
        if (v[i] > 0) break;
        if (i > 0 && v[i] === v[i - 1]) continue;
        let lo = i + 1, hi = n - 1;
        while (lo < hi) {
            const total = v[i] + v[lo] + v[hi];
            if (total < 0) lo++;
            else if (total > 0) hi--;
            else {
                triples.push([v[i], v[lo], v[hi]]);
                lo++; hi--;
                while (lo < hi && v[lo] === v[lo - 1]) lo++;
                while (lo < hi && v[hi] === v[hi + 1]) hi--;
            }
        }
    }
    return triples;
};
