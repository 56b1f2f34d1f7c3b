/**
 * @param {number[]} nums
 * @param {number} k
 * @return {number[]}
 */
var topKFrequent = function(nums, k) {
    const counts = new Map();
    for (const x of nums) counts.set(x, (counts.get(x) || 0) + 1);
    // Buckets by count; within a bucket, values ascending.
    const buckets = Array.from({ length: nums.length + 1 }, () => []);
    for (const [v, c] of counts) buckets[c].push(v);
    const out = [];
    for (let c = nums.length; c > 0 && out.length < k; c--) {
        buckets[c].sort((a, b) => a - b);
        for (const v of buckets[c]) {
            if (out.length === k) break;
            out.push(v);
        }
    }
    return out;
};
