/**
 * @param {number[][]} ground
 * @return {number}
 */
var timeToCross = function(ground) {
    const rows = ground.length, cols = ground[0].length;
    const seen = Array.from({ length: rows }, () => new Array(cols).fill(false));
    const heap = [];
    const push = (item) => {
        heap.push(item);
        let i = heap.length - 1;
        while (i > 0) {
            const p = (i - 1) >> 1;
            if (heap[p][0] <= heap[i][0]) break;
            [heap[p], heap[i]] = [heap[i], heap[p]];
            i = p;
        }
    };
    const pop = () => {
        const top = heap[0], last = heap.pop();
        if (heap.length > 0) {
            heap[0] = last;
            let i = 0;
            for (;;) {
                const l = 2 * i + 1, r = l + 1;
                let m = i;
                if (l < heap.length && heap[l][0] < heap[m][0]) m = l;
                if (r < heap.length && heap[r][0] < heap[m][0]) m = r;
                if (m === i) break;
                [heap[m], heap[i]] = [heap[i], heap[m]];
                i = m;
            }
        }
        return top;
    };
    seen[0][0] = true;
    push([ground[0][0], 0, 0]);
    while (heap.length > 0) {
        const [level, r, c] = pop();
        if (r === rows - 1 && c === cols - 1) return level;
        for (const [y, x] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
            if (y >= 0 && y < rows && x >= 0 && x < cols && !seen[y][x]) {
                seen[y][x] = true;
                push([Math.max(level, ground[y][x]), y, x]);
            }
        }
    }
    return -1;
};
