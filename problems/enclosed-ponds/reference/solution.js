/**
 * @param {character[][]} grid
 * @return {character[][]}
 */
var fillPonds = function(grid) {
    const rows = grid.length, cols = grid[0].length;
    const out = grid.map(row => row.slice());
    const drains = Array.from({ length: rows }, () => new Array(cols).fill(false));
    const stack = [];
    for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
            const onBorder = r === 0 || r === rows - 1 || c === 0 || c === cols - 1;
            if (onBorder && out[r][c] === 'W') { drains[r][c] = true; stack.push([r, c]); }
        }
    }
    while (stack.length > 0) {
        const [r, c] = stack.pop();
        for (const [y, x] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
            if (y >= 0 && y < rows && x >= 0 && x < cols && out[y][x] === 'W' && !drains[y][x]) {
                drains[y][x] = true;
                stack.push([y, x]);
            }
        }
    }
    for (let r = 0; r < rows; r++)
        for (let c = 0; c < cols; c++)
            if (out[r][c] === 'W' && !drains[r][c]) out[r][c] = 'E';
    return out;
};
