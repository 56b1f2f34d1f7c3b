var Trie = function() {
    this.root = { kids: new Map(), end: false };
};

Trie.prototype.walk = function(text) {
    let node = this.root;
    for (const ch of text) {
        node = node.kids.get(ch);
        if (node === undefined) return null;
    }
    return node;
};

/**
 * @param {string} word
 * @return {void}
 */
Trie.prototype.insert = function(word) {
    let node = this.root;
    for (const ch of word) {
        if (!node.kids.has(ch)) node.kids.set(ch, { kids: new Map(), end: false });
        node = node.kids.get(ch);
    }
    node.end = true;
};

/**
 * @param {string} word
 * @return {boolean}
 */
Trie.prototype.search = function(word) {
    const node = this.walk(word);
    return node !== null && node.end;
};

/**
 * @param {string} prefix
 * @return {boolean}
 */
Trie.prototype.startsWith = function(prefix) {
    return this.walk(prefix) !== null;
};
