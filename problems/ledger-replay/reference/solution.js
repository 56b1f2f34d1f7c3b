const lines = require("fs").readFileSync(0, "utf8").split("\n");
const n = Number(lines[0]);
const balance = new Map();
const rejected = [];
for (let number = 1; number <= n; number++) {
  const [op, a, b, c] = lines[number].trim().split(/\s+/);
  let ok = false;
  if (op === "open") {
    ok = !balance.has(a);
    if (ok) balance.set(a, 0);
  } else if (op === "deposit") {
    ok = balance.has(a);
    if (ok) balance.set(a, balance.get(a) + Number(b));
  } else if (op === "withdraw") {
    ok = balance.has(a) && balance.get(a) >= Number(b);
    if (ok) balance.set(a, balance.get(a) - Number(b));
  } else if (op === "transfer") {
    const x = Number(c);
    ok = balance.has(a) && balance.has(b) && a !== b && balance.get(a) >= x;
    if (ok) {
      balance.set(a, balance.get(a) - x);
      balance.set(b, balance.get(b) + x);
    }
  }
  if (!ok) rejected.push(number);
}
const out = ["rejected: " + (rejected.length ? rejected.join(" ") : "none")];
for (const name of [...balance.keys()].sort()) out.push(`${name} ${balance.get(name)}`);
console.log(out.join("\n"));
