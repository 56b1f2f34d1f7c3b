/**
 * @param {string} first
 * @param {string} second
 * @param {string} merged
 * @return {boolean}
 */
var isInterleaving = function(first, second, merged) {
    const m = first.length, n = second.length;
    if (m + n !== merged.length) return false;
    const row = new Array(n + 1).fill(false);
    for (let i = 0; i <= m; i++) {
        for (let j = 0; j <= n; j++) {
            if (i === 0 && j === 0) { row[j] = true; continue; }
            const here = merged[i + j - 1];
            const fromFirst = i > 0 && row[j] && first[i - 1] === here;
            const fromSecond = j > 0 && row[j - 1] && second[j - 1] === here;
            row[j] = fromFirst || fromSecond;
        }
    }
    return row[n];
};
