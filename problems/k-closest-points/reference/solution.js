/**
 * @param {number[][]} points
 * @param {number} k
 * @return {number[][]}
 */
var kClosest = function(points, k) {
    const key = p => [p[0] * p[0] + p[1] * p[1], p[0], p[1]];
    const cmp = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
    // Max-heap of the k best keys seen so far: the worst kept key is on top.
    const heap = [];
    const up = i => {
        while (i > 0) {
            const p = (i - 1) >> 1;
            if (cmp(heap[p], heap[i]) >= 0) break;
            [heap[p], heap[i]] = [heap[i], heap[p]];
            i = p;
        }
    };
    const down = i => {
        for (;;) {
            const l = 2 * i + 1, r = l + 1;
            let m = i;
            if (l < heap.length && cmp(heap[l], heap[m]) > 0) m = l;
            if (r < heap.length && cmp(heap[r], heap[m]) > 0) m = r;
            if (m === i) return;
            [heap[m], heap[i]] = [heap[i], heap[m]];
            i = m;
        }
    };
    for (const p of points) {
        const kp = key(p);
        if (heap.length < k) { heap.push(kp); up(heap.length - 1); }
        else if (cmp(kp, heap[0]) < 0) { heap[0] = kp; down(0); }
    }
    return heap.sort(cmp).map(([, x, y]) => [x, y]);
};
