/**
 * @param {number} k
 * @param {number[]} scores
 * @param {number[]} arrivals
 * @return {number[]}
 */
var cutoffScores = function(k, scores, arrivals) {
    const heap = [];
    const push = (v) => {
        heap.push(v);
        let i = heap.length - 1;
        while (i > 0) {
            const p = (i - 1) >> 1;
            if (heap[p] <= heap[i]) break;
            [heap[p], heap[i]] = [heap[i], heap[p]];
            i = p;
        }
    };
    const pop = () => {
        const last = heap.pop();
        if (heap.length) {
            heap[0] = last;
            let i = 0;
            for (;;) {
                const l = 2 * i + 1, r = l + 1;
                let m = i;
                if (l < heap.length && heap[l] < heap[m]) m = l;
                if (r < heap.length && heap[r] < heap[m]) m = r;
                if (m === i) break;
                [heap[m], heap[i]] = [heap[i], heap[m]];
                i = m;
            }
        }
    };
    const add = (v) => {
        push(v);
        if (heap.length > k) pop();
    };
    for (const s of scores) add(s);
    return arrivals.map((s) => {
        add(s);
        return heap[0];
    });
};
