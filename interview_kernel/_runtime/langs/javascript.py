"""The JavaScript (Node.js) runtime: a syntax check at build, then a persistent Node worker.

Candidates write LeetCode-style ``var twoSum = function(nums, target) {...}`` or
``function twoSum(...)`` (class-design problems: a class or constructor function).
The harness (``harness/harness.js``) defines ``ListNode`` and ``TreeNode`` as
LeetCode does. V8 reserves far more address space than it uses, so RLIMIT_AS is
off for this runtime: the heap is bounded by ``--max-old-space-size`` (its
exhaustion kills Node with "heap out of memory", which the supervisor reports as
MLE) and everything else (buffers, stacks) by RLIMIT_DATA.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import time
from typing import NoReturn

from ..protocol import Entry, RunLimits
from . import Built, Runtime, _build, register, take_stdin

NODE = "/usr/bin/node"
FILENAME = "solution.js"
HARNESS = "harness.js"
PROGRAM = "program.js"
"""A whole program's runner: checks the syntax, then runs it as the main module (one Node)."""
STACK_MB = 64
DATA_OVERHEAD_MB = 384


def node_binary() -> str | None:
    """The Node.js binary, if installed."""
    found = shutil.which("node") or (NODE if os.path.exists(NODE) else None)
    return os.path.realpath(found) if found else None


class JavaScriptRuntime(Runtime):
    """Node.js candidates."""

    name = "javascript"
    address_space_limit = False
    startup_seconds = 0.5
    oom_markers = ("heap out of memory",)

    def build(self, source: str, workdir: str, limits: RunLimits, entry: Entry) -> Built:
        """Write the source and check its syntax in a limited Node child (cached by hash)."""
        t0 = time.perf_counter()
        node = node_binary()
        if node is None:
            return Built(False, "JavaScript is not available: Node.js is not installed here")
        path = os.path.join(workdir, FILENAME)
        with open(path, "w", encoding="utf-8") as f:
            f.write(source)
        harness = os.path.join(_build.HARNESS_DIR, HARNESS)
        program = bool(entry.get("program"))
        if program:  # its syntax is checked by the Node that runs it (harness/program.js)
            state = {
                "node": node,
                "harness": os.path.join(_build.HARNESS_DIR, PROGRAM),
                "path": path,
                "memory_mb": limits["memory_mb"],
                "check_at_start": True,
            }
            return Built(True, "", state, (time.perf_counter() - t0) * 1000)
        check = ["--check", FILENAME] if program else [harness, "--check", FILENAME]
        key = _build.cache_key(
            self.name,
            _build.tool_stamp(node),
            "program" if program else _build.harness_bytes(HARNESS),
            source,
        )
        meta = _build.build_once(
            key,
            workdir,
            [node, "--max-old-space-size=256", *check],
            what="syntax check",
            cpu_seconds=10,
            wall_seconds=20,
            memory_mb=None,
            processes=64,
        )
        ok = bool(meta.get("ok"))
        state = {"node": node, "harness": harness, "path": path, "memory_mb": limits["memory_mb"]}
        elapsed = (time.perf_counter() - t0) * 1000
        return Built(ok, meta.get("output", ""), state, elapsed, cached=bool(meta.get("cached")))

    def serve(self, built: Built, entry: Entry, in_fd: int, out_fd: int) -> NoReturn:
        """Exec Node on the harness, which answers tests on fds 3 and 4."""
        st = built.state
        heap = int(st["memory_mb"])
        argv = [
            st["node"],
            f"--max-old-space-size={heap}",
            f"--stack-size={STACK_MB * 1024 - 2048}",
            "--v8-pool-size=2",
            st["harness"],
            st["path"],
            json.dumps(entry, separators=(",", ":")),
        ]
        if entry.get("program"):  # program.js runs the program itself, on the test's stdin
            del argv[-1]
            take_stdin(in_fd)
        _build.exec_worker(
            argv,
            _build.worker_env(),
            {
                resource.RLIMIT_STACK: STACK_MB << 20,
                resource.RLIMIT_DATA: (heap + STACK_MB + DATA_OVERHEAD_MB) << 20,
            },
        )


register(JavaScriptRuntime())
