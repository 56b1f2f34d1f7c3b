'use strict';
// A whole JavaScript program in one Node process: its syntax is checked first (as
// `node --check` would, CommonJS wrapper and all), then it runs as the main module,
// exactly as `node solution.js` runs it. A syntax error is reported on fd 4 as
// {"kind": "compile", "message": ...} with exit status 3: the supervisor turns that
// into the run's failed build (CE). Checking here saves a second Node start per build.
// Usage: node program.js solution.js
const fs = require('fs');
const vm = require('vm');
const Module = require('module');

const file = process.argv[2];
let source = fs.readFileSync(file, 'utf8');
if (source.startsWith('#!')) source = '//' + source.slice(2);
try {
  vm.compileFunction(source, ['exports', 'require', 'module', '__filename', '__dirname'], {
    filename: file,
  });
} catch (e) {
  if (e instanceof SyntaxError) {
    const message = String(e.stack || e).split('\n    at ')[0];
    fs.writeSync(4, JSON.stringify({ kind: 'compile', message }) + '\n');
    process.exit(3);
  }
  throw e;
}
source = null;
process.argv.splice(1, 1); // the program is argv[1], as under `node solution.js`
process.argv[1] = require('path').resolve(process.argv[1]);
Module.runMain();
