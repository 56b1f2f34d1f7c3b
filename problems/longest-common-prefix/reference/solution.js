/**
 * @param {string[]} words
 * @return {string}
 */
var longestCommonPrefix = function(words) {
    if (words.length === 0) return "";
    const first = words[0];
    for (let i = 0; i < first.length; i++) {
        for (let k = 1; k < words.length; k++) {
            if (i >= words[k].length || words[k][i] !== first[i]) return first.slice(0, i);
        }
    }
    return first;
};
