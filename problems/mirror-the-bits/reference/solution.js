/**
 * @param {number} word
 * @return {number}
 */
var reverseBits = function(word) {
    let result = 0;
    for (let i = 0; i < 32; i++) {
        result = result * 2 + (word % 2);
        word = Math.floor(word / 2);
    }
    return result;
};
