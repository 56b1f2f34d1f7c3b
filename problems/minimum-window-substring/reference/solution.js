/**
 * @param {string} s
 * @param {string} t
 * @return {string}
 */
var minWindow = function(s, t) {
    const need = new Map();
    for (const ch of t) need.set(ch, (need.get(ch) || 0) + 1);
    let missing = need.size, bestStart = 0, bestLen = s.length + 1, left = 0;
    for (let right = 0; right < s.length; right++) {
        const ch = s[right];
        if (need.has(ch)) {
            need.set(ch, need.get(ch) - 1);
            if (need.get(ch) === 0) missing--;
        }
        while (missing === 0) {
            if (right - left + 1 < bestLen) { bestStart = left; bestLen = right - left + 1; }
            const out = s[left];
            if (need.has(out)) {
                need.set(out, need.get(out) + 1);
                if (need.get(out) > 0) missing++;
            }
            left++;
        }
    }
    return bestLen > s.length ? "" : s.substring(bestStart, bestStart + bestLen);
};
