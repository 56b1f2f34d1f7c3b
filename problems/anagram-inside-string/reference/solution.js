/**
 * @param {string} word
 * @param {string} text
 * @return {boolean}
 */
var checkInclusion = function(word, text) {
    const n = word.length;
    if (n > text.length) return false;
    const diff = new Array(26).fill(0);
    for (let i = 0; i < n; i++) diff[word.charCodeAt(i) - 97]--;
    let off = diff.filter((d) => d !== 0).length;
    const bump = (c, delta) => {
        if (diff[c] === 0) off++;
        diff[c] += delta;
        if (diff[c] === 0) off--;
    };
    for (let i = 0; i < text.length; i++) {
        bump(text.charCodeAt(i) - 97, 1);
        if (i >= n) bump(text.charCodeAt(i - n) - 97, -1);
        if (i >= n - 1 && off === 0) return true;
    }
    return false;
};
