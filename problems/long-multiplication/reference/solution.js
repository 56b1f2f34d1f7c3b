/**
 * @param {string} a
 * @param {string} b
 * @return {string}
 */
var multiply = function(a, b) {
    const m = a.length, n = b.length;
    const slots = new Array(m + n).fill(0);
    for (let i = 0; i < m; i++) {
        const da = a.charCodeAt(m - 1 - i) - 48;
        for (let j = 0; j < n; j++) slots[i + j] += da * (b.charCodeAt(n - 1 - j) - 48);
    }
    for (let k = 0; k < m + n - 1; k++) {
        slots[k + 1] += Math.floor(slots[k] / 10);
        slots[k] %= 10;
    }
    let top = m + n - 1;
    while (top > 0 && slots[top] === 0) top--;
    let out = "";
    for (let k = top; k >= 0; k--) out += String(slots[k]);
    return out;
};
