/**
 * @param {number[][]} grid
 * @return {number[]}
 */
var spiralOrder = function(grid) {
    let top = 0, bottom = grid.length - 1, left = 0, right = grid[0].length - 1;
    const out = [];
    while (top <= bottom && left <= right) {
        for (let c = left; c <= right; c++) out.push(grid[top][c]);
        top++;
        for (let r = top; r <= bottom; r++) out.push(grid[r][right]);
        right--;
        if (top <= bottom) {
            for (let c = right; c >= left; c--) out.push(grid[bottom][c]);
            bottom--;
        }
        if (left <= right) {
            for (let r = bottom; r >= top; r--) out.push(grid[r][left]);
            left++;
        }
    }
    return out;
};
