const tok = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);
const [ins, del, rep, q] = tok.slice(0, 4).map(Number);

function distance(a, b) {
  let prev = new Float64Array(b.length + 1);
  let cur = new Float64Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j * ins;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i * del;
    for (let j = 1; j <= b.length; j++) {
      let best = prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : rep);
      if (prev[j] + del < best) best = prev[j] + del;
      if (cur[j - 1] + ins < best) best = cur[j - 1] + ins;
      cur[j] = best;
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

const out = [];
for (let k = 0; k < q; k++) out.push(distance(tok[4 + 2 * k], tok[5 + 2 * k]));
console.log(out.join("\n"));
