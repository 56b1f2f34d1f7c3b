/**
 * @param {string} s
 * @param {number} k
 * @return {number}
 */
var characterReplacement = function(s, k) {
    const counts = new Array(26).fill(0);
    let left = 0, highest = 0, best = 0;
    for (let right = 0; right < s.length; right++) {
        const c = s.charCodeAt(right) - 65;
        counts[c]++;
        highest = Math.max(highest, counts[c]);
        while (right - left + 1 - highest > k) {
            counts[s.charCodeAt(left) - 65]--;
            left++;
        }
        best = Math.max(best, right - left + 1);
    }
    return best;
};
