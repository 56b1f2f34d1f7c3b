"""The Java runtime: javac in a limited child (cached by hash), then a JVM worker.

Candidates write LeetCode-style ``class Solution { public int[] twoSum(...) }``
(class-design problems: the named class). ``java.util.*``, ``java.util.function.*``
and ``java.util.stream.*`` are imported on the first line (line numbers stay
right), and ``ListNode``/``TreeNode`` are compiled beside the candidate's file
unless it defines them. The harness (``harness/IkHarness.java``) finds the method
by reflection and converts each argument to the declared parameter type, so
``int[]`` and ``List<Integer>`` both work.

The JVM reserves far more address space than it uses, so RLIMIT_AS is off for
this runtime: the heap is bounded by ``-Xmx`` (an ``OutOfMemoryError`` is MLE),
everything else by RLIMIT_DATA. The JVM starts about a dozen threads of its own,
so its worker may have that many more (``own_threads``) than the problem's
process limit. The candidate's code runs on a thread with a 256 MB stack.
"""

from __future__ import annotations

import json
import os
import re
import resource
import shutil
import time
from typing import NoReturn

from ..protocol import Entry, RunLimits
from . import Built, Runtime, _build, register, take_stdin

JVM_FLAGS = [
    "-XX:+UseSerialGC",
    "-XX:TieredStopAtLevel=1",
    "-XX:-UsePerfData",
    "-Xshare:auto",
    "-XX:MaxMetaspaceSize=128m",
    "-XX:ReservedCodeCacheSize=64m",
    "-Xss8m",
]
IMPORTS = "import java.util.*; import java.util.function.*; import java.util.stream.*; "
HARNESS = ("IkHarness.java", "ListNode.java", "TreeNode.java")
STACK_MB = 256
DATA_OVERHEAD_MB = 640
_CLASS = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def tools() -> tuple[str, str] | None:
    """``(javac, java)``, if a JDK is installed."""
    javac, java = shutil.which("javac"), shutil.which("java")
    if not javac or not java:
        return None
    return os.path.realpath(javac), os.path.realpath(java)


def main_class(source: str) -> str:
    """The class a whole program runs: its public class, else the one with ``main``, else Main."""
    bare = _build.strip_comments(source)
    found = re.search(r"\bpublic\s+(?:final\s+|abstract\s+)*class\s+([A-Za-z_]\w*)", bare)
    if found:
        return found.group(1)
    for m in re.finditer(r"\bclass\s+([A-Za-z_]\w*)", bare):
        rest = bare[m.end() :]
        nxt = re.search(r"\bclass\s+[A-Za-z_]", rest)
        if "static void main" in " ".join((rest[: nxt.start()] if nxt else rest).split()):
            return m.group(1)
    return "Main"


JAVAC_FLAGS = [
    "-J-XX:+UseSerialGC",
    "-J-XX:TieredStopAtLevel=1",
    "-J-XX:-UsePerfData",
    "-J-Xshare:auto",
    "-J-Xlog:disable",
    "-J-Xmx512m",
]
WARM_PROGRAM = """import java.util.*;
import java.util.function.*;
import java.util.stream.*;

class Solution {
    public List<Integer> f(List<Integer> xs, String s, int[] a, Map<String, Long> m) {
        List<Integer> out = new ArrayList<>();
        for (int x : xs) out.add(x * 2);
        out.addAll(xs.stream().filter(x -> x > 0).map(x -> x + 1).collect(Collectors.toList()));
        StringBuilder b = new StringBuilder(s).reverse();
        Optional<String> o = Optional.of(b.toString());
        Arrays.sort(a);
        return o.isPresent() ? out : Collections.emptyList();
    }
}

public class Main {
    public static void main(String[] args) {
        Solution s = new Solution();
        List<Boolean> correct = Arrays.asList(
            s.f(Arrays.asList(1, 2), "ab", new int[] {2, 1}, new HashMap<>()).size() == 4,
            Objects.equals("x", String.valueOf('x'))
        );
        if (correct.contains(false)) {
            throw new AssertionError();
        }
    }
}
"""
"""A trusted program in HumanEval-X's shape: compiling it once records the classes javac
loads in a class-data-sharing archive, which every later javac maps instead of loading
them again (about a third of a small compile's CPU time)."""


def javac_archive(javac: str) -> str:
    """Where javac's class-data-sharing archive lives (read-only in runs)."""
    key = _build.cache_key(_build.tool_stamp(javac), " ".join(JAVAC_FLAGS), WARM_PROGRAM)
    return os.path.join(_build.SHARED_RO, f"ikrt-javac-{key[:16]}.jsa")


def build_javac_archive() -> None:
    """Compile :data:`WARM_PROGRAM` once with ``-XX:ArchiveClassesAtExit`` (the warmer runs it)."""
    found = tools()
    if found is None:
        return
    final = javac_archive(found[0])
    if os.path.exists(final):
        return
    tmp = f"{final[:-4]}.tmp{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    try:
        with open(os.path.join(tmp, "Main.java"), "w", encoding="utf-8") as f:
            f.write(WARM_PROGRAM)
        code, _out, timed_out = _build.run_limited(
            [
                found[0],
                *JAVAC_FLAGS,
                f"-J-XX:ArchiveClassesAtExit={tmp}/javac.jsa",
                "-d",
                "classes",
                "Main.java",
            ],
            tmp,
            {**_build.worker_env(), "TMPDIR": tmp},
            cpu_seconds=60,
            wall_seconds=120,
            memory_mb=None,
            processes=128,
            file_size_mb=256,
        )
        if code == 0 and not timed_out and os.path.isfile(f"{tmp}/javac.jsa"):
            os.rename(f"{tmp}/javac.jsa", final)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _defines(source: str, name: str) -> bool:
    return re.search(rf"\b(?:class|record|interface)\s+{name}\b", source) is not None


class JavaRuntime(Runtime):
    """Java 17 candidates (javac + java)."""

    name = "java"
    address_space_limit = False
    own_threads = 20
    startup_seconds = 1.5
    oom_markers = ("OutOfMemoryError",)

    def build(self, source: str, workdir: str, limits: RunLimits, entry: Entry) -> Built:
        """Compile in a limited child, or copy the classes from the compile cache."""
        t0 = time.perf_counter()
        found = tools()
        if found is None:
            return Built(False, "Java is not available: no JDK (javac, java) is installed here")
        javac, java = found
        design = entry.get("design")
        program = bool(entry.get("program"))
        cls = main_class(source) if program else design["class_name"] if design else "Solution"
        if not _CLASS.match(cls):
            return Built(False, f"cannot build the harness: bad class name {cls!r}")
        filename = f"{cls}.java"
        own = program or source.lstrip().startswith("package ")
        text = source if own else IMPORTS + source
        with open(os.path.join(workdir, filename), "w", encoding="utf-8") as f:
            f.write(text)
        bare = _build.strip_comments(source)
        extra = [h for h in HARNESS[1:] if not _defines(bare, h[:-5])]
        harness = [os.path.join(_build.HARNESS_DIR, h) for h in (HARNESS[0], *extra)]
        if program:  # a whole program compiles as the candidate wrote it
            extra, harness = ["program"], []
        key = _build.cache_key(
            self.name,
            _build.tool_stamp(javac),
            _build.harness_bytes(*HARNESS),
            " ".join(extra),
            filename,
            source,
        )
        classes = os.path.join(workdir, "classes")
        os.makedirs(classes, exist_ok=True)
        archive = javac_archive(javac)
        shared = [f"-J-XX:SharedArchiveFile={archive}"] if os.path.isfile(archive) else []
        argv = [
            javac,
            *JAVAC_FLAGS,
            *shared,
            "-encoding",
            "UTF-8",
            "-nowarn",
            "-Xmaxerrs",
            "20",
            "-d",
            "classes",
            filename,
            *harness,
        ]
        meta = _build.build_once(
            key,
            workdir,
            argv,
            what="compilation",
            outputs=lambda: sorted(
                os.path.relpath(os.path.join(d, f), workdir)
                for d, _, fs in os.walk(classes)
                for f in fs
            ),
            on_miss=None if shared else lambda: _build.request_warm(self.name),
            cpu_seconds=30,
            wall_seconds=25,
            memory_mb=None,
            processes=128,
        )
        ok = bool(meta.get("ok"))
        state = {
            "java": java,
            "classes": classes,
            "file": filename,
            "main": cls,
            "memory_mb": limits["memory_mb"],
        }
        elapsed = (time.perf_counter() - t0) * 1000
        return Built(ok, meta.get("output", ""), state, elapsed, cached=bool(meta.get("cached")))

    def serve(self, built: Built, entry: Entry, in_fd: int, out_fd: int) -> NoReturn:
        """Exec the JVM on the harness, which answers tests on fds 3 and 4."""
        st = built.state
        heap = int(st["memory_mb"])
        argv = [
            st["java"],
            *JVM_FLAGS,
            "-Xms8m",
            f"-Xmx{heap}m",
            f"-XX:MaxDirectMemorySize={max(16, heap // 4)}m",
            "-cp",
            st["classes"],
            "IkHarness",
            json.dumps(entry, separators=(",", ":")),
            st["file"],
        ]
        if entry.get("program"):  # the program's own main class, on the test's stdin
            # assertions on, as the test-program sets' harnesses run them (MultiPL-E's
            # Java tests are `assert` statements)
            argv[-3:] = ["-ea", st["main"]]
            take_stdin(in_fd)
        _build.exec_worker(
            argv,
            _build.worker_env(),
            {resource.RLIMIT_DATA: (heap + STACK_MB + DATA_OVERHEAD_MB) << 20},
        )


register(JavaRuntime())
_build.register_warmer(JavaRuntime.name, build_javac_archive)
