/**
 * @param {number[][]} heights
 * @return {number[][]}
 */
var bothCoasts = function(heights) {
    const rows = heights.length, cols = heights[0].length;
    const flood = (seeds) => {
        const seen = Array.from({ length: rows }, () => new Array(cols).fill(false));
        const stack = [];
        for (const [r, c] of seeds) {
            if (!seen[r][c]) { seen[r][c] = true; stack.push([r, c]); }
        }
        while (stack.length > 0) {
            const [r, c] = stack.pop();
            for (const [y, x] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
                if (y >= 0 && y < rows && x >= 0 && x < cols && !seen[y][x] && heights[y][x] >= heights[r][c]) {
                    seen[y][x] = true;
                    stack.push([y, x]);
                }
            }
        }
        return seen;
    };
    const westSeeds = [], eastSeeds = [];
    for (let c = 0; c < cols; c++) { westSeeds.push([0, c]); eastSeeds.push([rows - 1, c]); }
    for (let r = 0; r < rows; r++) { westSeeds.push([r, 0]); eastSeeds.push([r, cols - 1]); }
    const west = flood(westSeeds), east = flood(eastSeeds);
    const out = [];
    for (let r = 0; r < rows; r++)
        for (let c = 0; c < cols; c++)
            if (west[r][c] && east[r][c]) out.push([r, c]);
    return out;
};
