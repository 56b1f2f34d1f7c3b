/**
 * @param {string} tape
 * @return {number[]}
 */
var segmentSizes = function(tape) {
    const last = new Array(26).fill(-1);
    for (let i = 0; i < tape.length; i++) last[tape.charCodeAt(i) - 97] = i;
    const sizes = [];
    let start = 0, end = 0;
    for (let i = 0; i < tape.length; i++) {
        end = Math.max(end, last[tape.charCodeAt(i) - 97]);
        if (i === end) {
            sizes.push(i - start + 1);
            start = i + 1;
        }
    }
    return sizes;
};
