const tok = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);
const n = Number(tok[0]);
let best = Number(tok[1]);
let ending = best;
for (let i = 2; i <= n; i++) {
  const v = Number(tok[i]);
  ending = ending < 0 ? v : ending + v;
  if (ending > best) best = ending;
}
console.log(String(best));
