const tok = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);
const k = Number(tok[0]);
const counts = new Map();
for (let i = 1; i < tok.length; i++) counts.set(tok[i], (counts.get(tok[i]) || 0) + 1);
const entries = [...counts.entries()];
entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const out = entries.slice(0, k).map(([w, c]) => `${w} ${c}\n`);
process.stdout.write(out.join(""));
