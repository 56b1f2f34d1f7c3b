/**
 * @param {number[][]} grid
 * @return {number}
 */
var minutesToSpoil = function(grid) {
    const rows = grid.length, cols = grid[0].length;
    const state = grid.map(row => row.slice());
    let level = [], fresh = 0;
    for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
            if (state[r][c] === 2) level.push([r, c]);
            else if (state[r][c] === 1) fresh++;
        }
    }
    let minutes = 0;
    while (level.length > 0 && fresh > 0) {
        const turned = [];
        for (const [r, c] of level) {
            for (const [y, x] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
                if (y >= 0 && y < rows && x >= 0 && x < cols && state[y][x] === 1) {
                    state[y][x] = 2;
                    fresh--;
                    turned.push([y, x]);
                }
            }
        }
        if (turned.length > 0) minutes++;
        level = turned;
    }
    return fresh > 0 ? -1 : minutes;
};
