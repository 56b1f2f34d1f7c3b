/**
 * @param {number[][]} points
 * @return {number}
 */
var maxPoints = function(points) {
    const n = points.length;
    if (n <= 2) return n;
    const gcd = (a, b) => (b === 0 ? a : gcd(b, a % b));
    let best = 2;
    for (let i = 0; i < n; i++) {
        const directions = new Map();
        for (let j = i + 1; j < n; j++) {
            let dx = points[j][0] - points[i][0], dy = points[j][1] - points[i][1];
            const g = gcd(Math.abs(dx), Math.abs(dy));
            dx /= g; dy /= g;
            if (dx < 0 || (dx === 0 && dy < 0)) { dx = -dx; dy = -dy; }
            const key = dx + ',' + dy;
            const count = (directions.get(key) || 0) + 1;
            directions.set(key, count);
            best = Math.max(best, count + 1);
        }
    }
    return best;
};
