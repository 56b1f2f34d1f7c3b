/**
 * @param {string} text
 * @param {string} rule
 * @return {boolean}
 */
var matches = function(text, rule) {
    const m = text.length, n = rule.length;
    const ok = Array.from({ length: m + 1 }, () => new Array(n + 1).fill(false));
    ok[m][n] = true;
    for (let i = m; i >= 0; i--) {
        for (let j = n - 1; j >= 0; j--) {
            const first = i < m && (rule[j] === text[i] || rule[j] === '.');
            if (j + 1 < n && rule[j + 1] === '*') ok[i][j] = ok[i][j + 2] || (first && ok[i + 1][j]);
            else ok[i][j] = first && ok[i + 1][j + 1];
        }
    }
    return ok[0][0];
};
