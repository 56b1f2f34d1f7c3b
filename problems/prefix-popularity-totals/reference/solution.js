/**
 * @param {string[]} words
 * @return {number[]}
 */
var sumPrefixScores = function(words) {
    const root = { kids: new Map(), count: 0 };
    for (const w of words) {
        let node = root;
        for (const letter of w) {
            if (!node.kids.has(letter)) node.kids.set(letter, { kids: new Map(), count: 0 });
            node = node.kids.get(letter);
            node.count++;
        }
    }
    return words.map((w) => {
        let node = root, total = 0;
        for (const letter of w) {
            node = node.kids.get(letter);
            total += node.count;
        }
        return total;
    });
};
