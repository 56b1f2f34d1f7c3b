"""The Python runtime: compile to check syntax, then run the entry point in the test child."""

from __future__ import annotations

import builtins
import json
import os
import sys
import time
import traceback
from typing import Any

from .. import codec
from . import Built, register

FILENAME = "solution.py"


def _line_of(tb: Any) -> int | None:
    line = None
    for frame, lineno in traceback.walk_tb(tb):
        if frame.f_code.co_filename == FILENAME:
            line = lineno
    return line


def resolve_entry(namespace: dict[str, Any], entry: dict[str, Any]) -> Any:
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


class PythonRuntime:
    """Python 3 candidates: a top-level function or a LeetCode-style ``class Solution``."""

    name = "python"

    def build(self, source: str, workdir: str, limits: dict[str, Any]) -> Built:
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

    def run(self, built: Built, entry: dict[str, Any], args: list[Any], result_fd: int) -> None:
        """Execute the module, call the entry point, write the result, exit."""
        write, dumps, exit_now = os.write, json.dumps, os._exit
        perf = time.perf_counter
        sys.setrecursionlimit(20000)
        payload: dict[str, Any]
        namespace: dict[str, Any] = {"__name__": "solution", "__builtins__": builtins}
        try:
            values = [codec.from_data(a) for a in args]
            exec(built.state, namespace)
            fn = resolve_entry(namespace, entry)
            t0 = perf()
            value = fn(*values)
            elapsed = (perf() - t0) * 1000
            payload = {"kind": "ok", "value": codec.to_data(value), "time_ms": elapsed}
        except BaseException as exc:  # SystemExit and KeyboardInterrupt are the candidate's too
            try:
                message = str(exc)[:2000]
            except BaseException:
                message = "(unprintable exception)"
            payload = {
                "kind": "exception",
                "type": type(exc).__name__,
                "message": message,
                "line": _line_of(exc.__traceback__),
            }
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except BaseException:
            pass
        try:
            data = dumps(payload).encode()
        except BaseException:
            data = b'{"kind": "exception", "type": "ValueError", "message": "unencodable result"}'
        view = memoryview(data)
        while view:
            n = write(result_fd, view)
            view = view[n:]
        exit_now(0)


register(PythonRuntime())
