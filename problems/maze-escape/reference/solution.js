const tok = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);
const r = Number(tok[0]);
const c = Number(tok[1]);
const grid = tok.slice(2, 2 + r).join("");
const start = grid.indexOf("S");
const end = grid.indexOf("E");
const dist = new Int32Array(r * c).fill(-1);
const queue = new Int32Array(r * c);
let head = 0;
let tail = 0;
queue[tail++] = start;
dist[start] = 0;
while (head < tail) {
  const v = queue[head++];
  if (v === end) break;
  const y = Math.floor(v / c);
  const x = v % c;
  const next = [v - c, v + c, v - 1, v + 1];
  const inside = [y > 0, y < r - 1, x > 0, x < c - 1];
  for (let k = 0; k < 4; k++) {
    const w = next[k];
    if (inside[k] && dist[w] < 0 && grid[w] !== "#") {
      dist[w] = dist[v] + 1;
      queue[tail++] = w;
    }
  }
}
console.log(dist[end]);
