const tok = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);
const n = Number(tok[0]);
const blocked = new Set();
for (let i = 0; i < n; i++) blocked.add(`${Number(tok[1 + 2 * i])} ${Number(tok[2 + 2 * i])}`);
const commands = tok[1 + 2 * n];
const dx = [0, 1, 0, -1];
const dy = [1, 0, -1, 0];
let x = 0;
let y = 0;
let heading = 0;
let stuck = 0;
for (const c of commands) {
  if (c === "R") heading = (heading + 1) % 4;
  else if (c === "L") heading = (heading + 3) % 4;
  else if (blocked.has(`${x + dx[heading]} ${y + dy[heading]}`)) stuck++;
  else {
    x += dx[heading];
    y += dy[heading];
  }
}
console.log(`${x} ${y} ${"NESW"[heading]}`);
console.log(`blocked ${stuck}`);
