/**
 * @param {string} s
 * @return {number}
 */
var lengthOfLongestSubstring = function(s) {
    const lastSeen = new Map();
    let left = 0, best = 0;
    for (let i = 0; i < s.length; i++) {
        const ch = s[i];
        if (lastSeen.has(ch) && lastSeen.get(ch) >= left) left = lastSeen.get(ch) + 1;
        lastSeen.set(ch, i);
        best = Math.max(best, i - left + 1);
    }
    return best;
};
