/**
 * @param {character[][]} board
 * @param {string[]} words
 * @return {string[]}
 */
var findWords = function(board, words) {
    const trie = {};
    for (const word of words) {
        let node = trie;
        for (const ch of word) node = node[ch] || (node[ch] = {});
        node.$ = word;
    }
    const rows = board.length, cols = board[0].length, found = [];
    const walk = (r, c, parent) => {
        const ch = board[r][c];
        const node = parent[ch];
        if (!node) return;
        if (node.$ !== undefined) { found.push(node.$); delete node.$; }
        board[r][c] = '#';
        for (const [dr, dc] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
            const nr = r + dr, nc = c + dc;
            if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && board[nr][nc] !== '#') walk(nr, nc, node);
        }
        board[r][c] = ch;
        if (Object.keys(node).length === 0) delete parent[ch];
    };
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) walk(r, c, trie);
    return found.sort();
};
