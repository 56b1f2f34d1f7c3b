const tok = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);
const OPENS = { ")": "(", "]": "[", "}": "{" };

function depth(s) {
  const waiting = [];
  let best = 0;
  for (const ch of s) {
    if (ch === "(" || ch === "[" || ch === "{") {
      waiting.push(ch);
      best = Math.max(best, waiting.length);
    } else if (ch in OPENS) {
      if (!waiting.length || waiting[waiting.length - 1] !== OPENS[ch]) return -1;
      waiting.pop();
    }
  }
  return waiting.length ? -1 : best;
}

const q = Number(tok[0]);
const out = [];
for (let i = 1; i <= q; i++) out.push(depth(tok[i]));
process.stdout.write(out.join("\n") + "\n");
