/**
 * @param {number[][]} shifts
 * @param {number[]} moments
 * @return {number[]}
 */
var tightestShift = function(shifts, moments) {
    const ordered = shifts.slice().sort((a, b) => a[0] - b[0]);
    const order = moments.map((_, i) => i).sort((a, b) => moments[a] - moments[b]);
    const answers = new Array(moments.length).fill(-1);
    const heap = []; // [length, end], min by length
    const less = (a, b) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
    const push = (item) => {
        heap.push(item);
        let i = heap.length - 1;
        while (i > 0) {
            const p = (i - 1) >> 1;
            if (!less(heap[i], heap[p])) break;
            [heap[p], heap[i]] = [heap[i], heap[p]];
            i = p;
        }
    };
    const pop = () => {
        const last = heap.pop();
        if (heap.length > 0) {
            heap[0] = last;
            let i = 0;
            for (;;) {
                const l = 2 * i + 1, r = l + 1;
                let m = i;
                if (l < heap.length && less(heap[l], heap[m])) m = l;
                if (r < heap.length && less(heap[r], heap[m])) m = r;
                if (m === i) break;
                [heap[m], heap[i]] = [heap[i], heap[m]];
                i = m;
            }
        }
    };
    let k = 0;
    for (const idx of order) {
        const t = moments[idx];
        while (k < ordered.length && ordered[k][0] <= t) {
            push([ordered[k][1] - ordered[k][0] + 1, ordered[k][1]]);
            k++;
        }
        while (heap.length > 0 && heap[0][1] < t) pop();
        if (heap.length > 0) answers[idx] = heap[0][0];
    }
    return answers;
};
