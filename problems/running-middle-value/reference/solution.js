/**
 * @param {number[]} stream
 * @return {number[]}
 */
var runningMedians = function(stream) {
    const makeHeap = (before) => {
        const a = [];
        return {
            size: () => a.length,
            top: () => a[0],
            push(v) {
                a.push(v);
                let i = a.length - 1;
                while (i > 0) {
                    const p = (i - 1) >> 1;
                    if (!before(a[i], a[p])) break;
                    [a[i], a[p]] = [a[p], a[i]];
                    i = p;
                }
            },
            pop() {
                const top = a[0], last = a.pop();
                if (a.length) {
                    a[0] = last;
                    let i = 0;
                    for (;;) {
                        const l = 2 * i + 1, r = l + 1;
                        let m = i;
                        if (l < a.length && before(a[l], a[m])) m = l;
                        if (r < a.length && before(a[r], a[m])) m = r;
                        if (m === i) break;
                        [a[i], a[m]] = [a[m], a[i]];
                        i = m;
                    }
                }
                return top;
            },
        };
    };
    const low = makeHeap((x, y) => x > y);
    const high = makeHeap((x, y) => x < y);
    const out = [];
    for (const value of stream) {
        low.push(value);
        high.push(low.pop());
        if (high.size() > low.size()) low.push(high.pop());
        out.push(low.size() > high.size() ? low.top() : (low.top() + high.top()) / 2);
    }
    return out;
};
