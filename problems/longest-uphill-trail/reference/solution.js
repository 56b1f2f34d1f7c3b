/**
 * @param {number[][]} heights
 * @return {number}
 */
var longestUphill = function(heights) {
    const rows = heights.length, cols = heights[0].length;
    const dr = [1, -1, 0, 0], dc = [0, 0, 1, -1];
    const higher = Array.from({ length: rows }, () => new Array(cols).fill(0));
    for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
            for (let k = 0; k < 4; k++) {
                const y = r + dr[k], x = c + dc[k];
                if (y >= 0 && y < rows && x >= 0 && x < cols && heights[y][x] > heights[r][c]) higher[r][c]++;
            }
        }
    }
    let layer = [];
    for (let r = 0; r < rows; r++)
        for (let c = 0; c < cols; c++)
            if (higher[r][c] === 0) layer.push([r, c]);
    let layers = 0;
    while (layer.length > 0) {
        layers++;
        const below = [];
        for (const [r, c] of layer) {
            for (let k = 0; k < 4; k++) {
                const y = r + dr[k], x = c + dc[k];
                if (y >= 0 && y < rows && x >= 0 && x < cols && heights[y][x] < heights[r][c]) {
                    if (--higher[y][x] === 0) below.push([y, x]);
                }
            }
        }
        layer = below;
    }
    return layers;
};
