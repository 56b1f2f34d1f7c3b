/**
 * @param {string[]} board
 * @return {number}
 */
var countQueenPlacements = function(board) {
    const n = board.length, full = (1 << n) - 1;
    const usable = board.map(row => {
        let mask = 0;
        for (let c = 0; c < n; c++) if (row[c] === '.') mask |= 1 << c;
        return mask;
    });
    const count = (row, cols, diag, anti) => {
        if (row === n) return 1;
        let total = 0;
        let free = usable[row] & ~(cols | diag | anti) & full;
        while (free) {
            const bit = free & -free;
            free ^= bit;
            total += count(row + 1, cols | bit, ((diag | bit) << 1) & full, (anti | bit) >> 1);
        }
        return total;
    };
    return count(0, 0, 0, 0);
};
