/**
 * @param {string} pattern
 * @param {string} text
 * @return {boolean}
 */
var isSubsequence = function(pattern, text) {
    let i = 0;
    for (const letter of text) {
        if (i < pattern.length && letter === pattern[i]) i++;
    }
    return i === pattern.length;
};
