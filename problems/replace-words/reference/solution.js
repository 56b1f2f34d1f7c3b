/**
 * @param {string[]} stems
 * @param {string} sentence
 * @return {string}
 */
var replaceWords = function(stems, sentence) {
    const root = { children: new Map(), end: false };
    for (const stem of stems) {
        let node = root;
        for (const ch of stem) {
            if (!node.children.has(ch)) node.children.set(ch, { children: new Map(), end: false });
            node = node.children.get(ch);
        }
        node.end = true;
    }
    return sentence.split(' ').map(word => {
        let node = root;
        for (let i = 0; i < word.length; i++) {
            node = node.children.get(word[i]);
            if (!node) return word;
            if (node.end) return word.slice(0, i + 1);
        }
        return word;
    }).join(' ');
};
