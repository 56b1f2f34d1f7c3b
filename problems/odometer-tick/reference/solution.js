/**
 * @param {number[]} digits
 * @return {number[]}
 */
var tick = function(digits) {
    const out = digits.slice();
    for (let k = out.length - 1; k >= 0; k--) {
        if (out[k] < 9) {
            out[k]++;
            return out;
        }
        out[k] = 0;
    }
    out.unshift(1);
    return out;
};
