const tok = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const [n, cap] = tok;
const best = new Float64Array(cap + 1);
for (let i = 0; i < n; i++) {
  const weight = tok[2 + 2 * i];
  const value = tok[3 + 2 * i];
  for (let w = cap; w >= weight; w--) {
    const take = best[w - weight] + value;
    if (take > best[w]) best[w] = take;
  }
}
console.log(String(best[cap]));
