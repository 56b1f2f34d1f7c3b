/**
 * @param {string[]} words
 * @return {string}
 */
var longestWord = function(words) {
    const root = { kids: new Map(), word: null };
    for (const w of words) {
        let node = root;
        for (const letter of w) {
            if (!node.kids.has(letter)) node.kids.set(letter, { kids: new Map(), word: null });
            node = node.kids.get(letter);
        }
        node.word = w;
    }
    let best = '';
    const stack = [root];
    while (stack.length) {
        const node = stack.pop();
        for (const child of node.kids.values()) {
            if (child.word === null) continue;
            const w = child.word;
            if (w.length > best.length || (w.length === best.length && w < best)) best = w;
            stack.push(child);
        }
    }
    return best;
};
