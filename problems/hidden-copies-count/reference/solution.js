/**
 * @param {string} text
 * @param {string} pattern
 * @return {number}
 */
var countCopies = function(text, pattern) {
    const MOD = 1000000007;
    const n = pattern.length;
    const ways = new Array(n + 1).fill(0);
    ways[0] = 1;
    for (const ch of text) {
        for (let j = n; j >= 1; j--) {
            if (pattern[j - 1] === ch) ways[j] = (ways[j] + ways[j - 1]) % MOD;
        }
    }
    return ways[n];
};
