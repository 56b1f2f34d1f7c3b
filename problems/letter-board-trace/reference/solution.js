/**
 * @param {character[][]} board
 * @param {string} word
 * @return {boolean}
 */
var canTrace = function(board, word) {
    const rows = board.length, cols = board[0].length;
    const onPath = Array.from({ length: rows }, () => new Array(cols).fill(false));
    const walk = (r, c, k) => {
        if (r < 0 || r >= rows || c < 0 || c >= cols) return false;
        if (onPath[r][c] || board[r][c] !== word[k]) return false;
        if (k === word.length - 1) return true;
        onPath[r][c] = true;
        const found = walk(r + 1, c, k + 1) || walk(r - 1, c, k + 1) || walk(r, c + 1, k + 1) || walk(r, c - 1, k + 1);
        onPath[r][c] = false;
        return found;
    };
    for (let r = 0; r < rows; r++)
        for (let c = 0; c < cols; c++)
            if (walk(r, c, 0)) return true;
    return false;
};
