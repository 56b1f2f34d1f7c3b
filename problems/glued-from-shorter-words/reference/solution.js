/**
 * @param {string[]} words
 * @return {string[]}
 */
var findAllConcatenatedWordsInADict = function(words) {
    const root = { kids: new Map(), end: false };
    for (const w of words) {
        let node = root;
        for (const letter of w) {
            if (!node.kids.has(letter)) node.kids.set(letter, { kids: new Map(), end: false });
            node = node.kids.get(letter);
        }
        node.end = true;
    }
    const out = [];
    for (const w of words) {
        const m = w.length;
        const good = new Array(m + 1).fill(false);
        good[0] = true;
        for (let i = 0; i < m; i++) {
            if (!good[i]) continue;
            let node = root;
            for (let j = i; j < m; j++) {
                node = node.kids.get(w[j]);
                if (!node) break;
                if (node.end && !(i === 0 && j + 1 === m)) good[j + 1] = true;
            }
        }
        if (good[m]) out.push(w);
    }
    return out;
};
