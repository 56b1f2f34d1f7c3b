const lines = require("fs").readFileSync(0, "utf8").split("\n");
const n = Number(lines[0]);
const counts = new Map();
const first = new Map();
for (let i = 1; i <= n; i++) {
  const [time, level, service] = lines[i].trim().split(/\s+/);
  if (level !== "ERROR") continue;
  counts.set(service, (counts.get(service) || 0) + 1);
  if (!first.has(service)) first.set(service, time);
}
if (counts.size === 0) {
  console.log("no errors");
} else {
  const services = [...counts.keys()].sort((a, b) =>
    counts.get(b) - counts.get(a) || (a < b ? -1 : a > b ? 1 : 0),
  );
  console.log(services.map((s) => `${s} ${counts.get(s)} ${first.get(s)}`).join("\n"));
}
