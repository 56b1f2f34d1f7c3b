/**
 * @param {number} n
 * @param {number[][]} links
 * @param {number} source
 * @return {number}
 */
var signalTime = function(n, links, source) {
    const out = Array.from({ length: n }, () => []);
    for (const [u, v, t] of links) out[u].push([v, t]);
    const best = new Array(n).fill(-1);
    // binary min-heap of [time, relay]
    const heap = [[0, source]];
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
        const top = heap[0];
        const last = heap.pop();
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
    let settled = 0, latest = 0;
    while (heap.length > 0) {
        const [when, relay] = pop();
        if (best[relay] !== -1) continue;
        best[relay] = when;
        settled++;
        latest = when;
        for (const [nxt, t] of out[relay]) {
            if (best[nxt] === -1) push([when + t, nxt]);
        }
    }
    return settled === n ? latest : -1;
};
