/**
 * @param {number[]} nums
 * @param {number} k
 * @return {number}
 */
var findKthLargest = function(nums, k) {
    const heap = [];
    const up = (i) => {
        while (i > 0) {
            const p = (i - 1) >> 1;
            if (heap[p] <= heap[i]) break;
            [heap[p], heap[i]] = [heap[i], heap[p]];
            i = p;
        }
    };
    const down = (i) => {
        for (;;) {
            const l = 2 * i + 1, r = l + 1;
            let m = i;
            if (l < heap.length && heap[l] < heap[m]) m = l;
            if (r < heap.length && heap[r] < heap[m]) m = r;
            if (m === i) return;
            [heap[m], heap[i]] = [heap[i], heap[m]];
            i = m;
        }
    };
    for (const value of nums) {
        if (heap.length < k) {
            heap.push(value);
            up(heap.length - 1);
        } else if (value > heap[0]) {
            heap[0] = value;
            down(0);
        }
    }
    return heap[0];
};
