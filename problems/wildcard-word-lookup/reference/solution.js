/**
 * @param {string[]} words
 * @param {string[]} queries
 * @return {boolean[]}
 */
var wildcardMatches = function(words, queries) {
    const root = { kids: new Map(), end: false };
    for (const w of words) {
        let node = root;
        for (const letter of w) {
            if (!node.kids.has(letter)) node.kids.set(letter, { kids: new Map(), end: false });
            node = node.kids.get(letter);
        }
        node.end = true;
    }
    return queries.map((q) => {
        const stack = [[root, 0]];
        while (stack.length) {
            const [node, i] = stack.pop();
            if (i === q.length) {
                if (node.end) return true;
            } else if (q[i] === '.') {
                for (const child of node.kids.values()) stack.push([child, i + 1]);
            } else if (node.kids.has(q[i])) {
                stack.push([node.kids.get(q[i]), i + 1]);
            }
        }
        return false;
    });
};
