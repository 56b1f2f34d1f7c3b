// expect: AC
// Reads stdin as a stream, as interactive programs do: the 'end' event comes, so it finishes.
let data = "";
process.stdin.on("data", (c) => (data += c));
process.stdin.on("end", () => {
  const [a, b] = data.trim().split(/\s+/).map(Number);
  console.log(a + b);
});
