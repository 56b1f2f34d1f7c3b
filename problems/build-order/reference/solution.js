const tok = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);
const n = Number(tok[0]);
const m = Number(tok[1]);
const names = tok.slice(2, 2 + n);
const id = new Map(names.map((name, i) => [name, i]));
const after = Array.from({ length: n }, () => []);
const waiting = new Int32Array(n);
for (let k = 0; k < m; k++) {
  const a = id.get(tok[2 + n + 2 * k]);
  const b = id.get(tok[3 + n + 2 * k]);
  after[a].push(b);
  waiting[b]++;
}
// A binary min-heap of task indices ordered by name.
const heap = [];
const less = (x, y) => names[x] < names[y];
function push(x) {
  heap.push(x);
  let i = heap.length - 1;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!less(heap[i], heap[p])) break;
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
      if (l < heap.length && less(heap[l], heap[best])) best = l;
      if (r < heap.length && less(heap[r], heap[best])) best = r;
      if (best === i) break;
      [heap[best], heap[i]] = [heap[i], heap[best]];
      i = best;
    }
  }
  return top;
}
for (let i = 0; i < n; i++) if (waiting[i] === 0) push(i);
const order = [];
while (heap.length) {
  const t = pop();
  order.push(names[t]);
  for (const nx of after[t]) if (--waiting[nx] === 0) push(nx);
}
console.log(order.length === n ? order.join(" ") : "IMPOSSIBLE");
