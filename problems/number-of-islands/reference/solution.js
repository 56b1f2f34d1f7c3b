/**
 * @param {character[][]} grid
 * @return {number}
 */
var numIslands = function(grid) {
    const rows = grid.length, cols = grid[0].length;
    const seen = Array.from({ length: rows }, () => new Array(cols).fill(false));
    let islands = 0;
    for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
            if (grid[r][c] !== '1' || seen[r][c]) continue;
            islands++;
            seen[r][c] = true;
            const queue = [[r, c]];
            for (let qi = 0; qi < queue.length; qi++) {
                const [y, x] = queue[qi];
                for (const [ny, nx] of [[y + 1, x], [y - 1, x], [y, x + 1], [y, x - 1]]) {
                    if (ny >= 0 && ny < rows && nx >= 0 && nx < cols && grid[ny][nx] === '1' && !seen[ny][nx]) {
                        seen[ny][nx] = true;
                        queue.push([ny, nx]);
                    }
                }
            }
        }
    }
    return islands;
};
