const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const [n, m, s] = data;
const head = new Int32Array(n + 1).fill(-1);
const nxt = new Int32Array(m);
const to = new Int32Array(m);
const wt = new Float64Array(m);
for (let i = 0; i < m; i++) {
  const u = data[3 + 3 * i];
  to[i] = data[4 + 3 * i];
  wt[i] = data[5 + 3 * i];
  nxt[i] = head[u];
  head[u] = i;
}
const dist = new Float64Array(n + 1).fill(Infinity);
dist[s] = 0;
// A binary min-heap of [distance, router].
const heap = [[0, s]];
function push(item) {
  heap.push(item);
  let i = heap.length - 1;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (heap[p][0] <= heap[i][0]) break;
    [heap[p], heap[i]] = [heap[i], heap[p]];
    i = p;
  }
}
function pop() {
  const top = heap[0];
  const last = heap.pop();
  if (heap.length) {
    heap[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let best = i;
      if (l < heap.length && heap[l][0] < heap[best][0]) best = l;
      if (r < heap.length && heap[r][0] < heap[best][0]) best = r;
      if (best === i) break;
      [heap[best], heap[i]] = [heap[i], heap[best]];
      i = best;
    }
  }
  return top;
}
while (heap.length) {
  const [d, u] = pop();
  if (d > dist[u]) continue;
  for (let e = head[u]; e !== -1; e = nxt[e]) {
    const nd = d + wt[e];
    if (nd < dist[to[e]]) {
      dist[to[e]] = nd;
      push([nd, to[e]]);
    }
  }
}
const out = [];
for (let i = 1; i <= n; i++) out.push(dist[i] === Infinity ? "-1" : String(dist[i]));
console.log(out.join(" "));
