"""The Python runtime: compile to check syntax, then serve tests in a persistent worker."""

from __future__ import annotations

import builtins
import json
import os
import struct
import sys
import time
import traceback
import typing  # imported here, in the fork-server: a worker must not pay for it
from typing import Any, NoReturn

from .. import codec, nsutil, types
from ..protocol import DesignEntry, Entry, RunLimits, WorkerAnswer
from . import Built, Runtime, register, take_stdin

FILENAME = "solution.py"
_LEN = struct.Struct("!Q")
# The harness keeps its own references: candidate code may patch builtins and modules.
_len, _min, _join, _read = len, min, b"".join, os.read


def _line_of(tb: Any) -> int | None:
    line = None
    for frame, lineno in traceback.walk_tb(tb):
        if frame.f_code.co_filename == FILENAME:
            line = lineno
    return line


def _describe(exc: BaseException) -> WorkerAnswer:
    try:
        message = str(exc)[:2000]
    except BaseException:
        message = "(unprintable exception)"
    return {
        "kind": "exception",
        "type": type(exc).__name__,
        "message": message,
        "line": _line_of(exc.__traceback__),
    }


def resolve_entry(namespace: dict[str, Any], entry: Entry) -> Any:
    """Find the function to call: a top-level function, or a ``class Solution`` method."""
    names = [entry["name"], entry.get("camel") or entry["name"]]
    for n in names:
        fn = namespace.get(n)
        if callable(fn) and not isinstance(fn, type):
            return fn
    sol = namespace.get("Solution")
    if isinstance(sol, type):
        obj = sol()
        for n in names:
            fn = getattr(obj, n, None)
            if callable(fn):
                return fn
    raise NameError(
        f"define a function {entry['name']}(...) or class Solution with a method "
        f"{entry.get('camel') or entry['name']}(...)"
    )


def _prelude() -> dict[str, Any]:
    """What LeetCode's Python puts in scope: the node classes and the typing names."""
    names = {n: getattr(typing, n) for n in ("List", "Dict", "Set", "Tuple", "Optional")}
    return {**names, "ListNode": types.ListNode, "TreeNode": types.TreeNode}


def _method(obj: Any, op: str) -> Any:
    for n in (op, types.camel(op), types.snake(op)):
        fn = getattr(obj, n, None)
        if callable(fn):
            return fn
    raise AttributeError(f"{type(obj).__name__} has no method {op!r}")


def run_design(
    namespace: dict[str, Any], design: DesignEntry, args: list[Any]
) -> tuple[list[Any], float, float]:
    """Play a class-design test: construct, call each operation, collect every return.

    ``args`` is ``[operations, arguments]`` as LeetCode writes them: the first
    operation names the class, its arguments go to the constructor (output ``None``).
    Returns the outputs and the wall and CPU milliseconds spent in candidate code.
    """
    ops, arg_lists = args
    cls = namespace.get(design["class_name"])
    if not isinstance(cls, type):
        raise NameError(f"define class {design['class_name']}, as in the starter code")
    sigs: dict[str, tuple[list[types.Type], types.Type]] = {}
    for m in design.get("methods") or []:
        sig = ([types.parse(p["type"]) for p in m.get("params") or []], types.parse(m["returns"]))
        sigs[m["name"]] = sigs[types.camel(m["name"])] = sig
    ctor = [types.parse(p["type"]) for p in design.get("constructor") or []]
    perf, cpu = time.perf_counter, time.thread_time
    out: list[Any] = []
    spent = used = 0.0
    obj: Any = None
    for i, op in enumerate(ops):
        a = list(arg_lists[i]) if i < len(arg_lists) else []
        ptypes, ret = (
            (ctor, types.Type("void")) if i == 0 else sigs.get(op, ([], types.Type("any")))
        )
        a = [types.to_native(v, ptypes[j]) if j < len(ptypes) else v for j, v in enumerate(a)]
        t0, c0 = perf(), cpu()
        value = cls(*a) if i == 0 else _method(obj, op)(*a)
        spent, used = spent + perf() - t0, used + cpu() - c0
        if i == 0:
            obj, value = value, None
        out.append(None if ret.kind == "void" else types.from_native(value, ret))
    return out, spent * 1000, used * 1000


def read_exact(fd: int, n: int) -> bytes:
    """Read exactly ``n`` bytes from a pipe (``b''`` at end of input)."""
    chunks, got = [], 0
    while got < n:
        chunk = _read(fd, _min(n - got, 1 << 20))
        if not chunk:
            return b""
        chunks.append(chunk)
        got += _len(chunk)
    return _join(chunks)


def run_program(code: Any, in_fd: int, out_fd: int) -> NoReturn:
    """Run a whole program as ``__main__`` on the test's stdin; exit as Python would.

    An uncaught exception prints its traceback to stderr, as ``python3`` does, and
    its type, message and line go to the result channel; ``SystemExit`` exits
    with its code. Output is block-buffered (one write per 64 KB, not per line).
    """
    take_stdin(in_fd)
    sys.stdin = open(0, encoding="utf-8", errors="replace", closefd=False)  # noqa: SIM115
    sys.stdout = open(1, "w", buffering=1 << 16, encoding="utf-8", closefd=False)  # noqa: SIM115
    sys.argv = [FILENAME]
    nsutil.mallopt_arena_max(1)
    namespace: dict[str, Any] = {"__name__": "__main__", "__builtins__": builtins}
    status = 0
    try:
        exec(code, namespace)
    except SystemExit as exc:
        if isinstance(exc.code, int):
            status = exc.code & 0xFF
        elif exc.code is not None:
            print(exc.code, file=sys.stderr)
            status = 1
    except BaseException as exc:
        status = 1
        answer = _describe(exc)
        try:
            traceback.print_exception(exc)
        except BaseException:
            pass
        os.write(out_fd, (json.dumps(answer) + "\n").encode())
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BaseException:
            status = status or 1
    os._exit(status)


class PythonRuntime(Runtime):
    """Python 3 candidates: a top-level function or a LeetCode-style ``class Solution``."""

    name = "python"
    oom_markers = ("MemoryError",)

    def build(self, source: str, workdir: str, limits: RunLimits, entry: Entry) -> Built:
        """Compile without running anything: a SyntaxError is a compile error (CE)."""
        t0 = time.perf_counter()
        try:
            code = compile(source, FILENAME, "exec", dont_inherit=True)
        except (SyntaxError, ValueError) as exc:
            lineno = getattr(exc, "lineno", None)
            where = f"line {lineno}: " if lineno else ""
            text = f"{type(exc).__name__}: {where}{getattr(exc, 'msg', None) or exc}"
            return Built(False, text, time_ms=(time.perf_counter() - t0) * 1000)
        return Built(True, "", code, time_ms=(time.perf_counter() - t0) * 1000)

    def serve(self, built: Built, entry: Entry, in_fd: int, out_fd: int) -> NoReturn:
        """Run the module once, then answer one test per request until told to stop."""
        if entry.get("program"):
            run_program(built.state, in_fd, out_fd)
        write, dumps, exit_now = os.write, json.dumps, os._exit
        perf, cpu = time.perf_counter, time.thread_time
        unpack, from_data, to_data = _LEN.unpack, codec.from_data, codec.to_data
        sys.setrecursionlimit(20000)
        # One malloc arena: glibc reserves 64 MB of address space per thread's arena, so a
        # few candidate threads would exhaust RLIMIT_AS inside a new thread's bootstrap,
        # where CPython's Thread.start() then waits forever (a TLE instead of an RE).
        nsutil.mallopt_arena_max(1)
        namespace: dict[str, Any] = {"__name__": "solution", "__builtins__": builtins}
        namespace.update(_prelude())
        design = entry.get("design")
        arg_types: list[types.Type] = []
        ret_type = types.Type("any")
        try:
            arg_types = [types.parse(t) for _, t in entry.get("params") or []]
            ret_type = types.parse(entry.get("returns") or "any")
        except ValueError:
            pass
        convert_in = any(t.has_nodes for t in arg_types)
        convert_out = ret_type.has_nodes
        to_native, from_native = types.to_native, types.from_native
        import_error: WorkerAnswer | None = None
        try:
            exec(built.state, namespace)
        except BaseException as exc:  # SystemExit at import is the candidate's too
            import_error = _describe(exc)
        while True:
            head = read_exact(in_fd, _LEN.size)
            if not head:
                exit_now(0)
            (size,) = unpack(head)
            if size == 0:
                exit_now(0)
            raw = read_exact(in_fd, size)
            payload: WorkerAnswer
            if import_error is not None:
                payload = import_error
            else:
                try:
                    values = from_data(json.loads(raw))
                    del raw
                    if design:
                        value, elapsed, used = run_design(namespace, design, values)
                    else:
                        fn = resolve_entry(namespace, entry)
                        if convert_in:
                            values = [
                                to_native(v, t) for v, t in zip(values, arg_types, strict=False)
                            ]
                        t0, c0 = perf(), cpu()
                        value = fn(*values)
                        elapsed, used = (perf() - t0) * 1000, (cpu() - c0) * 1000
                        if convert_out:
                            value = from_native(value, ret_type)
                    payload = {
                        "kind": "ok",
                        "value": to_data(value),
                        "time_ms": elapsed,
                        "call_cpu_ms": used,
                    }
                except BaseException as exc:
                    payload = _describe(exc)
            try:
                sys.stdout.flush()
                sys.stderr.flush()
            except BaseException:
                pass
            try:
                data = (dumps(payload) + "\n").encode()
            except BaseException:
                data = b'{"kind":"exception","type":"ValueError","message":"unencodable"}\n'
            view = memoryview(data)
            while view:
                view = view[write(out_fd, view) :]


register(PythonRuntime())
