/**
 * @param {string} text1
 * @param {string} text2
 * @return {number}
 */
var longestCommonSubsequence = function(text1, text2) {
    let row = new Array(text2.length + 1).fill(0);
    for (const a of text1) {
        const next = [0];
        for (let j = 0; j < text2.length; j++) {
            next.push(a === text2[j] ? row[j] + 1 : Math.max(row[j + 1], next[j]));
        }
        row = next;
    }
    return row[text2.length];
};
