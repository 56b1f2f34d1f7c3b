/**
 * @param {string[]} products
 * @param {string} searchWord
 * @return {string[][]}
 */
var suggestedProducts = function(products, searchWord) {
    const sorted = [...products].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const root = { kids: new Map(), top: [] };
    for (const product of sorted) {
        let node = root;
        for (const letter of product) {
            if (!node.kids.has(letter)) node.kids.set(letter, { kids: new Map(), top: [] });
            node = node.kids.get(letter);
            if (node.top.length < 3) node.top.push(product);
        }
    }
    const out = [];
    let node = root;
    for (const letter of searchWord) {
        node = node ? node.kids.get(letter) : undefined;
        out.push(node ? [...node.top] : []);
    }
    return out;
};
