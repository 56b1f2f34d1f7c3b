/**
 * @param {number[][]} outposts
 * @return {number}
 */
var minCabling = function(outposts) {
    const n = outposts.length;
    const cost = new Array(n).fill(Infinity);
    const joined = new Array(n).fill(false);
    cost[0] = 0;
    let total = 0;
    for (let step = 0; step < n; step++) {
        let pick = -1, best = Infinity;
        for (let i = 0; i < n; i++) {
            if (!joined[i] && cost[i] < best) { pick = i; best = cost[i]; }
        }
        joined[pick] = true;
        total += best;
        const [px, py] = outposts[pick];
        for (let i = 0; i < n; i++) {
            if (!joined[i]) {
                const d = Math.abs(outposts[i][0] - px) + Math.abs(outposts[i][1] - py);
                if (d < cost[i]) cost[i] = d;
            }
        }
    }
    return total;
};
