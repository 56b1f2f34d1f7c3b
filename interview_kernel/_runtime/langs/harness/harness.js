'use strict';
// The JavaScript worker: loads the candidate's script, then answers one test per request.
// Protocol (see ikrt.langs): fd 3 brings an 8-byte big-endian length and a JSON array of
// arguments; fd 4 takes one JSON line per test, written after stdout/stderr are flushed.
// Usage: node harness.js --check solution.js   |   node harness.js solution.js ENTRY_JSON
const fs = require('fs');
const vm = require('vm');

const FILE = 'solution.js';
const MAX_NODES = 1000000;

function ListNode(val, next) {
  this.val = (val === undefined ? 0 : val);
  this.next = (next === undefined ? null : next);
}
function TreeNode(val, left, right) {
  this.val = (val === undefined ? 0 : val);
  this.left = (left === undefined ? null : left);
  this.right = (right === undefined ? null : right);
}

function parseType(text) {
  let s = String(text).replace(/\s+/g, '');
  let depth = 0;
  for (;;) {
    const low = s.toLowerCase();
    if (low.startsWith('list[') && s.endsWith(']')) { depth++; s = s.slice(5, -1); continue; }
    if (low.startsWith('optional[') && s.endsWith(']')) { s = s.slice(9, -1); continue; }
    break;
  }
  return { depth, leaf: s.toLowerCase() };
}

function hasNodes(t) { return t.leaf === 'listnode' || t.leaf === 'treenode'; }

function decode(v) {
  if (Array.isArray(v)) return v.map(decode);
  if (v !== null && typeof v === 'object') {
    const tag = v['$t'];
    if (tag === 'float') return Number(v.v === 'inf' ? Infinity : v.v === '-inf' ? -Infinity : NaN);
    if (tag === 'tuple' || tag === 'set' || tag === 'frozenset') return v.v.map(decode);
    const out = {};
    for (const k of Object.keys(v)) out[k] = decode(v[k]);
    return out;
  }
  return v;
}

function buildList(values, Node) {
  let head = null;
  for (let i = (values || []).length - 1; i >= 0; i--) {
    const n = new Node(values[i]);
    n.next = head;
    head = n;
  }
  return head;
}

function buildTree(values, Node) {
  if (!values || values.length === 0 || values[0] === null) return null;
  const root = new Node(values[0]);
  root.left = null; root.right = null;
  const queue = [root];
  let qi = 0, i = 1;
  while (qi < queue.length && i < values.length) {
    const cur = queue[qi++];
    if (i < values.length && values[i] !== null) {
      cur.left = new Node(values[i]); cur.left.left = null; cur.left.right = null;
      queue.push(cur.left);
    }
    i++;
    if (i < values.length && values[i] !== null) {
      cur.right = new Node(values[i]); cur.right.left = null; cur.right.right = null;
      queue.push(cur.right);
    }
    i++;
  }
  return root;
}

function listValues(head) {
  const out = [], seen = new Set();
  for (let n = head; n !== null && n !== undefined; n = n.next) {
    if (seen.has(n)) throw new Error('the returned linked list has a cycle');
    if (out.length >= MAX_NODES) throw new Error('the returned linked list is too long');
    seen.add(n);
    out.push(toData(n.val));
  }
  return out;
}

function treeValues(root) {
  const out = [], seen = new Set(), queue = [root];
  for (let qi = 0; qi < queue.length; qi++) {
    const n = queue[qi];
    if (n === null || n === undefined) { out.push(null); continue; }
    if (seen.has(n)) throw new Error('the returned tree has a cycle or a shared node');
    if (seen.size >= MAX_NODES) throw new Error('the returned tree is too large');
    seen.add(n);
    out.push(toData(n.val));
    queue.push(n.left === undefined ? null : n.left, n.right === undefined ? null : n.right);
  }
  while (out.length && out[out.length - 1] === null) out.pop();
  return out;
}

function toNative(v, t, nodes) {
  if (t.depth === 0) {
    if (t.leaf === 'listnode') return buildList(v, nodes.ListNode);
    if (t.leaf === 'treenode') return buildTree(v, nodes.TreeNode);
    return v;
  }
  if (!hasNodes(t) || !Array.isArray(v)) return v;
  const inner = { depth: t.depth - 1, leaf: t.leaf };
  return v.map((x) => toNative(x, inner, nodes));
}

function fromNative(v, t) {
  if (t.depth === 0) {
    if (t.leaf === 'listnode') return listValues(v);
    if (t.leaf === 'treenode') return treeValues(v);
    if (t.leaf === 'none' || t.leaf === 'void') return null;
    return toData(v);
  }
  if (!hasNodes(t) || !Array.isArray(v)) return toData(v);
  const inner = { depth: t.depth - 1, leaf: t.leaf };
  return v.map((x) => fromNative(x, inner));
}

function toData(v, depth = 0) {
  if (depth > 200) throw new RangeError('the returned value is nested too deeply');
  if (v === undefined || v === null) return null;
  switch (typeof v) {
    case 'number':
      if (Number.isNaN(v)) return { '$t': 'float', v: 'nan' };
      if (!Number.isFinite(v)) return { '$t': 'float', v: v > 0 ? 'inf' : '-inf' };
      return Object.is(v, -0) ? 0 : v;
    case 'boolean': case 'string': return v;
    case 'bigint': return { '$big': v.toString() };
    case 'object': break;
    default: throw new TypeError(`cannot return a value of type ${typeof v}; return plain data`);
  }
  if (Array.isArray(v) || ArrayBuffer.isView(v)) return Array.from(v, (x) => toData(x, depth + 1));
  if (v instanceof Set) return Array.from(v, (x) => toData(x, depth + 1));
  if (v instanceof Map) {
    return { '$t': 'dict', v: Array.from(v, ([k, x]) => [toData(k, depth + 1), toData(x, depth + 1)]) };
  }
  const out = {};
  for (const k of Object.keys(v)) out[k] = toData(v[k], depth + 1);
  return out;
}

function encode(value) {
  // BigInt results travel as exact JSON integers.
  return JSON.stringify(value).replace(/\{"\$big":"(-?\d+)"\}/g, '$1');
}

function lineOf(err) {
  const stack = err && typeof err.stack === 'string' ? err.stack : '';
  const m = stack.match(/solution\.js:(\d+)/);
  return m ? Number(m[1]) : null;
}

function describe(err) {
  if (err instanceof RangeError && /allocation failed|out of memory/i.test(String(err.message))) {
    return { kind: 'mle', message: `${err.name}: ${err.message}` };
  }
  let type = typeof err, message = '';
  if (err !== null && typeof err === 'object') {
    type = (err.constructor && err.constructor.name) || err.name || 'Error';
    message = String(err.message === undefined ? '' : err.message);
  } else {
    message = String(err);
  }
  return { kind: 'exception', type, message: message.slice(0, 2000), line: lineOf(err) };
}

function check(path) {
  const src = fs.readFileSync(path, 'utf8');
  try {
    new vm.Script(src, { filename: FILE });
  } catch (err) {
    const lines = String(err.stack || err).split('\n');
    const at = lines.findIndex((l) => /^\s+at /.test(l));
    process.stdout.write((at > 0 ? lines.slice(0, at) : lines).join('\n') + '\n');
    process.exit(1);
  }
  process.exit(0);
}

function readExact(n) {
  const buf = Buffer.allocUnsafe(n);
  let got = 0;
  while (got < n) {
    let k;
    try {
      k = fs.readSync(3, buf, got, n - got, null);
    } catch (err) {
      if (err.code === 'EAGAIN' || err.code === 'EINTR') continue;
      throw err;
    }
    if (k === 0) return null;
    got += k;
  }
  return buf;
}

function writeAll(fd, text) {
  const buf = Buffer.from(text, 'utf8');
  let off = 0;
  while (off < buf.length) off += fs.writeSync(fd, buf, off, buf.length - off);
}

function camel(name) { return name.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase()); }

function serve(path, entry) {
  globalThis.ListNode = ListNode;
  globalThis.TreeNode = TreeNode;
  const src = fs.readFileSync(path, 'utf8');
  let loadError = null;
  const lookup = (name) => {
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) return undefined;
    try {
      return vm.runInThisContext(`typeof ${name} === 'undefined' ? undefined : ${name}`);
    } catch (err) {
      return undefined;
    }
  };
  try {
    vm.runInThisContext(src, { filename: FILE });
  } catch (err) {
    loadError = describe(err);
  }
  const nodes = {
    ListNode: typeof lookup('ListNode') === 'function' ? lookup('ListNode') : ListNode,
    TreeNode: typeof lookup('TreeNode') === 'function' ? lookup('TreeNode') : TreeNode,
  };
  const design = entry.design || null;
  const argTypes = (entry.params || []).map((p) => parseType(p[1]));
  const retType = parseType(entry.returns || 'any');

  function resolve() {
    const names = [entry.camel || entry.name, entry.name];
    for (const n of names) {
      const fn = lookup(n);
      if (typeof fn === 'function' && !/^class\b/.test(Function.prototype.toString.call(fn))) return fn;
    }
    const Sol = lookup('Solution');
    if (typeof Sol === 'function') {
      const obj = new Sol();
      for (const n of names) if (typeof obj[n] === 'function') return obj[n].bind(obj);
    }
    throw new ReferenceError(`define a function ${entry.camel || entry.name}(...), as in the starter code`);
  }

  function runDesign(args) {
    const [ops, argLists] = args;
    const Cls = lookup(design.class_name);
    if (typeof Cls !== 'function') throw new ReferenceError(`define ${design.class_name}, as in the starter code`);
    const methods = {};
    for (const m of design.methods || []) {
      const info = { params: (m.params || []).map((p) => parseType(p.type)), returns: parseType(m.returns || 'None') };
      methods[m.name] = info;
      methods[camel(m.name)] = info;
    }
    const ctorTypes = (Array.isArray(design.constructor) ? design.constructor : []).map((p) => parseType(p.type));
    const out = [];
    let obj = null, ms = 0;
    for (let i = 0; i < ops.length; i++) {
      const types = i === 0 ? ctorTypes : (methods[ops[i]] || { params: [] }).params;
      const a = (argLists[i] || []).map((x, j) => (types[j] ? toNative(x, types[j], nodes) : x));
      if (i === 0) {
        const t0 = process.hrtime.bigint();
        obj = new Cls(...a);
        ms += Number(process.hrtime.bigint() - t0) / 1e6;
        out.push(null);
        continue;
      }
      const info = methods[ops[i]] || { returns: { depth: 0, leaf: 'any' } };
      const name = typeof obj[ops[i]] === 'function' ? ops[i] : camel(ops[i]);
      if (typeof obj[name] !== 'function') throw new TypeError(`${design.class_name}.${ops[i]} is not a function`);
      const t0 = process.hrtime.bigint();
      const r = obj[name](...a);
      ms += Number(process.hrtime.bigint() - t0) / 1e6;
      out.push(fromNative(r === undefined ? null : r, info.returns));
    }
    return { value: out, ms };
  }

  for (;;) {
    const head = readExact(8);
    if (head === null) process.exit(0);
    const size = Number(head.readBigUInt64BE(0));
    if (size === 0) process.exit(0);
    const raw = readExact(size);
    if (raw === null) process.exit(0);
    let payload;
    if (loadError !== null) {
      payload = loadError;
    } else {
      try {
        const args = decode(JSON.parse(raw.toString('utf8')));
        if (design) {
          const { value, ms } = runDesign(args);
          payload = { kind: 'ok', value, time_ms: ms };
        } else {
          const fn = resolve();
          const a = args.map((v, i) => (argTypes[i] ? toNative(v, argTypes[i], nodes) : v));
          const t0 = process.hrtime.bigint();
          const r = fn(...a);
          const ms = Number(process.hrtime.bigint() - t0) / 1e6;
          payload = { kind: 'ok', value: fromNative(r, retType), time_ms: ms };
        }
      } catch (err) {
        payload = describe(err);
      }
    }
    let line;
    try {
      line = encode(payload);
    } catch (err) {
      line = JSON.stringify(describe(err));
    }
    writeAll(4, line + '\n');
  }
}

if (process.argv[2] === '--check') {
  check(process.argv[3]);
} else {
  serve(process.argv[2], JSON.parse(process.argv[3]));
}
