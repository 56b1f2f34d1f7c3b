/**
 * @param {number[]} lanterns
 * @return {number}
 */
var maxPoints = function(lanterns) {
    const vals = [1, ...lanterns, 1];
    const size = vals.length;
    const best = Array.from({ length: size }, () => new Array(size).fill(0));
    for (let gap = 2; gap < size; gap++) {
        for (let i = 0; i + gap < size; i++) {
            const j = i + gap;
            const edge = vals[i] * vals[j];
            let top = 0;
            for (let k = i + 1; k < j; k++) {
                const score = best[i][k] + best[k][j] + edge * vals[k];
                if (score > top) top = score;
            }
            best[i][j] = top;
        }
    }
    return best[0][size - 1];
};
