class Heap {
    constructor(less) { this.items = []; this.less = less; }
    get size() { return this.items.length; }
    top() { return this.items[0]; }
    push(x) {
        const h = this.items;
        h.push(x);
        let i = h.length - 1;
        while (i > 0) {
            const p = (i - 1) >> 1;
            if (!this.less(h[i], h[p])) break;
            [h[i], h[p]] = [h[p], h[i]];
            i = p;
        }
    }
    pop() {
        const h = this.items;
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
    }
}

var MedianFinder = function() {
    this.low = new Heap((a, b) => a > b);  // the smaller half, largest on top
    this.high = new Heap((a, b) => a < b); // the larger half, smallest on top
};

/**
 * @param {number} num
 * @return {void}
 */
MedianFinder.prototype.addNum = function(num) {
    this.low.push(num);
    this.high.push(this.low.pop());
    if (this.high.size > this.low.size) this.low.push(this.high.pop());
};

/**
 * @return {number}
 */
MedianFinder.prototype.findMedian = function() {
    if (this.low.size > this.high.size) return this.low.top();
    return (this.low.top() + this.high.top()) / 2;
};
