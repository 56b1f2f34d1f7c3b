// expect: TLE
// Keeps the event loop alive for ever after answering: the wall limit ends it.
const [a, b] = require("fs").readFileSync(0, "utf8").trim().split(/\s+/).map(Number);
console.log(a + b);
setInterval(() => {}, 1000);
