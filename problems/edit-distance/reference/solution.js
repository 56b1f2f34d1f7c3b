/**
 * @param {string} word1
 * @param {string} word2
 * @return {number}
 */
var minDistance = function(word1, word2) {
    let row = Array.from({ length: word2.length + 1 }, (_, j) => j);
    for (let i = 1; i <= word1.length; i++) {
        const next = [i];
        for (let j = 1; j <= word2.length; j++) {
            next.push(word1[i - 1] === word2[j - 1] ? row[j - 1] : 1 + Math.min(row[j], next[j - 1], row[j - 1]));
        }
        row = next;
    }
    return row[word2.length];
};
