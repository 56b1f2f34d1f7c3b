/**
 * @param {number[][]} image
 * @param {number} row
 * @param {number} col
 * @param {number} color
 * @return {number[][]}
 */
var bucketFill = function(image, row, col, color) {
    const out = image.map(line => line.slice());
    const start = out[row][col];
    if (start === color) return out;
    const rows = out.length, cols = out[0].length;
    out[row][col] = color;
    const stack = [[row, col]];
    while (stack.length > 0) {
        const [r, c] = stack.pop();
        for (const [y, x] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
            if (y >= 0 && y < rows && x >= 0 && x < cols && out[y][x] === start) {
                out[y][x] = color;
                stack.push([y, x]);
            }
        }
    }
    return out;
};
