const tok = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);
const r = Number(tok[0]);
const c = Number(tok[1]);
const grid = tok.slice(2, 2 + r).join("");
const seen = new Uint8Array(r * c);
const stack = new Int32Array(r * c);
let count = 0;
let largest = 0;
for (let cell = 0; cell < r * c; cell++) {
  if (grid[cell] !== "#" || seen[cell]) continue;
  count++;
  let size = 0;
  let top = 0;
  seen[cell] = 1;
  stack[top++] = cell;
  while (top > 0) {
    const v = stack[--top];
    size++;
    const y = Math.floor(v / c);
    const x = v % c;
    const next = [v - c, v + c, v - 1, v + 1];
    const inside = [y > 0, y < r - 1, x > 0, x < c - 1];
    for (let k = 0; k < 4; k++) {
      const w = next[k];
      if (inside[k] && grid[w] === "#" && !seen[w]) {
        seen[w] = 1;
        stack[top++] = w;
      }
    }
  }
  largest = Math.max(largest, size);
}
console.log(`${count} ${largest}`);
