/**
 * @param {number[][]} lists
 */
var MergedIterator = function(lists) {
    this.lists = lists;
    this.heap = []; // entries [value, list, position], smallest value on top
    for (let i = 0; i < lists.length; i++) {
        if (lists[i].length > 0) this.push([lists[i][0], i, 0]);
    }
};

MergedIterator.prototype.less = function(a, b) {
    return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
};

MergedIterator.prototype.push = function(entry) {
    const h = this.heap;
    h.push(entry);
    let i = h.length - 1;
    while (i > 0) {
        const p = (i - 1) >> 1;
        if (!this.less(h[i], h[p])) break;
        [h[i], h[p]] = [h[p], h[i]];
        i = p;
    }
};

MergedIterator.prototype.pop = function() {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0) {
        h[0] = last;
        let i = 0;
        for (;;) {
            const l = 2 * i + 1, r = l + 1;
            let m = i;
            if (l < h.length && this.less(h[l], h[m])) m = l;
            if (r < h.length && this.less(h[r], h[m])) m = r;
            if (m === i) break;
            [h[i], h[m]] = [h[m], h[i]];
            i = m;
        }
    }
    return top;
};

/**
 * @return {number}
 */
MergedIterator.prototype.next = function() {
    const [value, i, j] = this.pop();
    if (j + 1 < this.lists[i].length) this.push([this.lists[i][j + 1], i, j + 1]);
    return value;
};

/**
 * @return {boolean}
 */
MergedIterator.prototype.hasNext = function() {
    return this.heap.length > 0;
};

/**
 * @return {number}
 */
MergedIterator.prototype.peek = function() {
    return this.heap[0][0];
};
