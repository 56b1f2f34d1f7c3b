"""Batch grading against the nbgrader way and a plain process-per-sample harness.

    .venv/bin/python benchmarks/batch.py [-j N] [--timeout S] [--baseline-subset K]
        [--only a|b] [--languages humaneval cpp java javascript python]

(a) A generated cohort of 200 two-sum submissions, 10% hostile (infinite loop,
    memory balloon, fork bomb, output flood, sys.exit), graded end to end by
    ``interview grade`` (papermill report, HTML, summary, store) against the
    nbgrader way: one papermill notebook per submission in a fresh python3
    kernel, one after the other. The baseline runs K benign submissions for real
    and extrapolates to the cohort; hostile programs are never run unsandboxed
    (a fork bomb or memory balloon as root would take the host down), so each is
    charged a kernel start (the fastest benign run) plus the per-submission timeout
    it would need to be stopped, except sys.exit, charged like a benign run.
    Target: >= 10x faster.
(b) A HumanEval-style samples file (generated tasks, benign completions) graded
    by ``interview grade --samples`` (sandboxed) against a plain unsandboxed
    harness that starts one ``python`` process per sample, with the same
    parallelism. Target: sandboxed no slower. Measured at 50 and at 200 samples
    per task (200 is the n of the Codex paper's pass@k): the sandboxed side pays
    a fixed start (imports, first kernel) that matters less the longer the file.
    With ``--languages cpp java javascript python``: HumanEval-X-style sets of our
    own (tasks whose tests are programs: C++ ``main`` with ``assert``, Java ``Main``,
    JavaScript ``console.assert``, Python ``check``), imported with ``interview
    problems import humaneval-x``; completions right, wrong and raising, about half
    of them distinct. Per language, ``interview grade --samples`` against the
    upstream harness (unsandboxed: g++ and the binary, javac and java -ea, node,
    python; one program per sample, same parallelism and run timeout, 60 s per
    compile on both sides). Target: sandboxed no slower, verdicts agreeing.
(c) An easy cohort: 200 two-sum submissions, 100 accepted and 100 wrong, graded
    end to end by ``interview grade -j 2`` (report, HTML, summary, store) against
    the nbgrader way of (a), extrapolated from K of them. Nothing here is slow
    to grade, so what each submission costs besides its tests (recording, the
    report) decides the ratio. Target: >= 12x faster.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
import papermill

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from interview_kernel import load_problem  # noqa: E402

# -- (a) the cohort ---------------------------------------------------------------

BENIGN = {
    "hashmap": (
        "def two_sum(nums, target):\n    seen = {}\n    for i, x in enumerate(nums):\n"
        "        if target - x in seen:\n            return [seen[target - x], i]\n"
        "        seen[x] = i\n    return []\n"
    ),
    "brute": (
        "def two_sum(nums, target):\n    for i in range(len(nums)):\n"
        "        for j in range(i + 1, len(nums)):\n"
        "            if nums[i] + nums[j] == target:\n                return [i, j]\n"
        "    return []\n"
    ),
    "sorted": (
        "def two_sum(nums, target):\n    idx = sorted(range(len(nums)), key=nums.__getitem__)\n"
        "    lo, hi = 0, len(idx) - 1\n    while lo < hi:\n"
        "        s = nums[idx[lo]] + nums[idx[hi]]\n        if s == target:\n"
        "            return sorted([idx[lo], idx[hi]])\n        if s < target:\n"
        "            lo += 1\n        else:\n            hi -= 1\n    return []\n"
    ),
    "wrong": "def two_sum(nums, target):\n    return [0, 1]\n",
    "off_by_one": (
        "def two_sum(nums, target):\n    for i in range(len(nums) - 1):\n"
        "        for j in range(i + 1, len(nums) - 1):\n"
        "            if nums[i] + nums[j] == target:\n                return [i, j]\n"
        "    return []\n"
    ),
    "crash": "def two_sum(nums, target):\n    return [nums.index(target - nums[0]), None][5]\n",
}
HOSTILE = {
    "infinite_loop": "def two_sum(nums, target):\n    while True:\n        pass\n",
    "memory_balloon": (
        "def two_sum(nums, target):\n    hog = []\n    while True:\n"
        "        hog.append(bytearray(16 * 1024 * 1024))\n"
    ),
    "fork_bomb": (
        "import os\n\n\ndef two_sum(nums, target):\n    while True:\n        try:\n"
        "            os.fork()\n        except OSError:\n            pass\n"
    ),
    "output_flood": "def two_sum(nums, target):\n    while True:\n        print('x' * 4096)\n",
    "sys_exit": "import sys\n\n\ndef two_sum(nums, target):\n    sys.exit(0)\n",
}


def make_cohort(folder: Path, size: int = 200, hostile_share: float = 0.1) -> list[tuple[str, str]]:
    """Write ``size`` submissions; returns (kind, source) in file order."""
    rng = random.Random(7)
    n_hostile = int(size * hostile_share)
    kinds = [list(HOSTILE)[i % len(HOSTILE)] for i in range(n_hostile)]
    kinds += [rng.choice(list(BENIGN)) for _ in range(size - n_hostile)]
    rng.shuffle(kinds)
    folder.mkdir(parents=True)
    out = []
    for i, kind in enumerate(kinds):
        source = {**BENIGN, **HOSTILE}[kind]
        (folder / f"candidate{i:03d}.py").write_text(f"# {kind}\n{source}")
        out.append((kind, source))
    return out


def baseline_notebook(source: str, tests: list[dict]) -> nbformat.NotebookNode:
    """nbgrader's shape: the submission cell, then an autograder cell of asserts."""
    nb = nbformat.v4.new_notebook()
    checks = "\n".join(
        f"assert sorted(two_sum(**{json.dumps(t['input'])})) == sorted({t['expected']!r})"
        for t in tests
    )
    nb.cells = [nbformat.v4.new_code_cell(source), nbformat.v4.new_code_cell(checks)]
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nb.metadata["language_info"] = {"name": "python"}
    return nb


def run_baseline_one(source: str, tests: list[dict], workdir: Path, timeout: float) -> float:
    path = workdir / "submission.ipynb"
    nbformat.write(baseline_notebook(source, tests), str(path))
    started = time.perf_counter()
    try:
        papermill.execute_notebook(
            str(path),
            str(workdir / "graded.ipynb"),
            kernel_name="python3",
            progress_bar=False,
            execution_timeout=timeout,
        )
    except Exception:  # a failing assert, a cell timeout, a dead kernel: graded as failed
        pass
    return time.perf_counter() - started


def bench_cohort(args: argparse.Namespace, tmp: Path) -> float:
    problem = load_problem("two-sum")
    tests = [t.model_dump() for t in problem.tests]
    cohort = make_cohort(tmp / "cohort")
    env = {**os.environ, "INTERVIEW_DB_URL": f"sqlite:///{tmp / 'bench.db'}"}
    cmd = [
        sys.executable, "-m", "interview_kernel.cli", "grade", str(tmp / "cohort"),
        "--problem", "two-sum", "-j", str(args.jobs), "--timeout", str(args.timeout),
        "--out", str(tmp / "out"), "--no-progress",
    ]  # fmt: skip
    started = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT)
    ours = time.perf_counter() - started
    if r.returncode != 0:
        sys.exit(f"interview grade failed ({r.returncode}):\n{r.stderr[-3000:]}")
    rows = json.loads((tmp / "out" / "summary.json").read_text())
    by_kind: dict[str, dict[str, int]] = {}
    for (kind, _), row in zip(cohort, rows, strict=True):
        by_kind.setdefault(kind, {}).setdefault(row["verdict"], 0)
        by_kind[kind][row["verdict"]] += 1

    print("(a) cohort: 200 two-sum submissions, 20 hostile", flush=True)
    for kind in list(BENIGN) + list(HOSTILE):
        if kind in by_kind:
            mix = ", ".join(f"{v} {n}" for v, n in sorted(by_kind[kind].items()))
            print(f"      {kind:<15} {mix}")
    report = nbformat.read(str(tmp / "out" / "report.ipynb"), as_version=4)
    durations = {
        "".join(c.source).split("\n")[0][:40]: c.metadata.get("papermill", {}).get("duration")
        for c in report.cells
        if c.cell_type == "code"
    }
    grading = max(d or 0.0 for d in durations.values())
    print(
        f"    interview grade -j {args.jobs} --timeout {args.timeout:g} (papermill report, "
        f"HTML, summary, store): {ours:.1f} s measured, of which the grading cell "
        f"(pool start, grading, store) {grading:.1f} s",
        flush=True,
    )
    benign = [(k, s) for k, s in cohort if k in BENIGN]
    rng = random.Random(11)
    subset = rng.sample(benign, min(args.baseline_subset, len(benign)))
    work = tmp / "baseline"
    work.mkdir()
    for name in ("papermill", "nbclient", "traitlets"):  # failed cells log whole sources
        logging.getLogger(name).setLevel(logging.CRITICAL)
    times = [run_baseline_one(s, tests, work, args.timeout) for _, s in subset]
    per = statistics.mean(times)
    n_exit = sum(k == "sys_exit" for k, _ in cohort)
    n_charged = sum(k in HOSTILE and k != "sys_exit" for k, _ in cohort)
    startup = min(times)  # the fastest benign run: kernel start and papermill, almost no work
    baseline = per * (len(benign) + n_exit) + (startup + args.timeout) * n_charged

    print(
        f"    nbgrader way (papermill notebook per submission, fresh kernel, sequential): "
        f"{per:.2f} s/submission measured on {len(times)} benign submissions "
        f"(min {min(times):.2f}, max {max(times):.2f})"
    )
    print(
        f"      EXTRAPOLATED to the cohort: {len(benign) + n_exit} x {per:.2f} s "
        f"+ {n_charged} hostile charged {startup:.2f} s start + the {args.timeout:g} s timeout"
        f" (not run unsandboxed) = {baseline:.1f} s"
    )
    ratio = baseline / ours
    print(f"    RATIO (a): {ratio:.1f}x faster (target >= 10x)")
    return ratio


# -- (b) HumanEval-style samples -------------------------------------------------

TASKS = [
    (
        "add",
        "a: int, b: int",
        "int",
        "return a + b",
        ["(1, 2) == 3", "(-5, 5) == 0", "(7, 8) == 15"],
    ),
    (
        "rev",
        "s: str",
        "str",
        "return s[::-1]",
        ["('abc') == 'cba'", "('') == ''", "('ab') == 'ba'"],
    ),
    (
        "is_pal",
        "s: str",
        "bool",
        "return s == s[::-1]",
        ["('aba') is True", "('ab') is False", "('') is True", "('abba') is True"],
    ),
    (
        "fib",
        "n: int",
        "int",
        "a, b = 0, 1\n    for _ in range(n):\n        a, b = b, a + b\n    return a",
        ["(0) == 0", "(1) == 1", "(10) == 55", "(20) == 6765"],
    ),
    (
        "max_of",
        "xs: list",
        "int",
        "return max(xs)",
        ["([1, 3, 2]) == 3", "([-1]) == -1", "([5, 5]) == 5"],
    ),
    (
        "vowels",
        "s: str",
        "int",
        "return sum(c in 'aeiou' for c in s)",
        ["('hello') == 2", "('xyz') == 0", "('aeiou') == 5"],
    ),
    (
        "sum_sq",
        "n: int",
        "int",
        "return sum(i * i for i in range(n + 1))",
        ["(1) == 1", "(3) == 14", "(10) == 385"],
    ),
    (
        "uniq",
        "xs: list",
        "list",
        "return sorted(set(xs))",
        ["([3, 1, 3]) == [1, 3]", "([]) == []", "([2, 2, 2]) == [2]"],
    ),
    (
        "words",
        "s: str",
        "int",
        "return len(s.split())",
        ["('a b c') == 3", "('') == 0", "('  hi  ') == 1"],
    ),
    (
        "clamp",
        "x: int, lo: int, hi: int",
        "int",
        "return max(lo, min(hi, x))",
        ["(5, 0, 3) == 3", "(-1, 0, 3) == 0", "(2, 0, 3) == 2"],
    ),
]


def make_samples(tmp: Path, per_task: int) -> tuple[Path, Path, list[tuple[str, str]]]:
    """Tasks in HumanEval format, their import, and ``per_task`` samples each."""
    tmp.mkdir(parents=True, exist_ok=True)
    tasks, samples = [], []
    rng = random.Random(3)
    for n, (name, params, ret, body, asserts) in enumerate(TASKS):
        prompt = f'def {name}({params}) -> {ret}:\n    """Task {n}."""\n'
        test = "def check(candidate):\n" + "".join(f"    assert candidate{a}\n" for a in asserts)
        tasks.append({
            "task_id": f"HumanEval/{n}", "prompt": prompt, "entry_point": name,
            "canonical_solution": f"    {body}\n", "test": test,
        })  # fmt: skip
        for _ in range(per_task):
            roll = rng.random()
            if roll < 0.6:
                completion = f"    {body}\n"
            elif roll < 0.85:
                completion = "    return None\n"
            else:
                completion = "    raise ValueError('not done')\n"
            samples.append((f"HumanEval/{n}", completion))
    tasks_file, samples_file = tmp / "tasks.jsonl", tmp / "samples.jsonl"
    tasks_file.write_text("".join(json.dumps(t) + "\n" for t in tasks))
    samples_file.write_text(
        "".join(json.dumps({"task_id": t, "completion": c}) + "\n" for t, c in samples)
    )
    return tasks_file, samples_file, samples


def plain_harness(tasks_file: Path, samples: list[tuple[str, str]], jobs: int, timeout: float):
    """One unsandboxed ``python`` process per sample: prompt + completion + test + check()."""
    tasks = {t["task_id"]: t for t in map(json.loads, tasks_file.read_text().splitlines())}

    def one(sample: tuple[str, str]) -> bool:
        t = tasks[sample[0]]
        program = t["prompt"] + sample[1] + "\n\n" + t["test"] + f"\ncheck({t['entry_point']})\n"
        try:
            r = subprocess.run(
                [sys.executable, "-c", program], capture_output=True, timeout=timeout
            )
        except subprocess.TimeoutExpired:
            return False
        return r.returncode == 0

    with ThreadPoolExecutor(jobs) as ex:
        return list(ex.map(one, samples))


def grade_samples(
    args: argparse.Namespace, samples_file: Path, problems: Path, out: Path, what: str = ""
) -> tuple[float, list[dict]]:
    """``interview grade --samples`` as a user runs it: its wall time and its result rows."""
    cmd = [
        sys.executable, "-m", "interview_kernel.cli", "grade", "--samples", str(samples_file),
        "--problems", str(problems), "--out", str(out), "-j", str(args.jobs),
        "--timeout", str(args.timeout), "--no-progress",
    ]  # fmt: skip
    started = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    took = time.perf_counter() - started
    if r.returncode != 0:
        sys.exit(f"interview grade --samples{what} failed:\n{r.stderr[-3000:]}")
    return took, [json.loads(x) for x in out.read_text().splitlines()]


def bench_samples(args: argparse.Namespace, tmp: Path, per_task: int) -> float:
    tasks_file, samples_file, samples = make_samples(tmp, per_task)
    subprocess.run(
        [sys.executable, "-m", "interview_kernel.cli", "problems", "import", "humaneval",
         str(tasks_file), "--into", str(tmp / "tasks")],
        check=True, capture_output=True, cwd=ROOT,
    )  # fmt: skip
    ours, rows = grade_samples(args, samples_file, tmp / "tasks", tmp / "results.jsonl")
    sandboxed = [row["passed"] for row in rows]

    started = time.perf_counter()
    plain = plain_harness(tasks_file, samples, args.jobs, args.timeout)
    base = time.perf_counter() - started
    agree = sum(a == b for a, b in zip(sandboxed, plain, strict=True))
    print(f"(b) samples: {len(samples)} HumanEval-style samples over {len(TASKS)} tasks")
    print(
        f"    interview grade --samples -j {args.jobs} (sandboxed, whole command incl. "
        f"kernel pool start): {ours:.1f} s; pass@1 {sum(sandboxed) / len(samples):.2f}"
    )
    print(
        f"    plain harness (unsandboxed python process per sample, {args.jobs} at a time): "
        f"{base:.1f} s; pass@1 {sum(plain) / len(samples):.2f}"
    )
    print(f"    verdicts agree on {agree}/{len(samples)} samples")
    ratio = base / ours
    print(f"    RATIO (b): sandboxed is {ratio:.2f}x the plain harness's speed (target >= 1.0)")
    return ratio


# -- (c) the easy cohort ---------------------------------------------------------

EASY_JOBS = 2
"""(c) grades with ``-j 2`` (issue 20's measurement)."""


def make_easy_cohort(folder: Path, size: int = 200) -> list[tuple[str, str]]:
    """``size`` submissions, half accepted (hash map), half wrong; (kind, source) in file order."""
    kinds = ["hashmap", "wrong"] * (size // 2)
    random.Random(5).shuffle(kinds)
    folder.mkdir(parents=True)
    for i, kind in enumerate(kinds):
        (folder / f"candidate{i:03d}.py").write_text(f"# {kind}\n{BENIGN[kind]}")
    return [(kind, BENIGN[kind]) for kind in kinds]


def bench_easy(args: argparse.Namespace, tmp: Path) -> float:
    problem = load_problem("two-sum")
    tests = [t.model_dump() for t in problem.tests]
    cohort = make_easy_cohort(tmp / "cohort")
    env = {**os.environ, "INTERVIEW_DB_URL": f"sqlite:///{tmp / 'bench.db'}"}
    cmd = [
        sys.executable, "-m", "interview_kernel.cli", "grade", str(tmp / "cohort"),
        "--problem", "two-sum", "-j", str(EASY_JOBS), "--timeout", str(args.timeout),
        "--out", str(tmp / "out"), "--no-progress",
    ]  # fmt: skip
    started = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT)
    ours = time.perf_counter() - started
    if r.returncode != 0:
        sys.exit(f"interview grade failed ({r.returncode}):\n{r.stderr[-3000:]}")
    rows = json.loads((tmp / "out" / "summary.json").read_text())
    expected = ["AC" if kind == "hashmap" else "WA" for kind, _ in cohort]
    right = sum(row["verdict"] == v for row, v in zip(rows, expected, strict=True))
    report = nbformat.read(str(tmp / "out" / "report.ipynb"), as_version=4)
    cells = [
        float(c.metadata.get("papermill", {}).get("duration") or 0.0)
        for c in report.cells
        if c.cell_type == "code"
    ]
    notebook = float(report.metadata.get("papermill", {}).get("duration") or 0.0)
    print(f"(c) easy cohort: {len(cohort)} two-sum submissions, 100 accepted, 100 wrong")
    print(f"    verdicts as expected: {right}/{len(cohort)}")
    print(
        f"    interview grade -j {EASY_JOBS} --timeout {args.timeout:g} (papermill report, "
        f"HTML, summary, store): {ours:.1f} s measured; the report notebook {notebook:.1f} s, "
        f"of which the grading cell (pool start, grading, store) {max(cells):.1f} s",
        flush=True,
    )
    subset = random.Random(13).sample(cohort, min(args.baseline_subset, len(cohort)))
    work = tmp / "baseline"
    work.mkdir()
    for name in ("papermill", "nbclient", "traitlets"):  # failed cells log whole sources
        logging.getLogger(name).setLevel(logging.CRITICAL)
    times = [run_baseline_one(s, tests, work, args.timeout) for _, s in subset]
    per = statistics.mean(times)
    baseline = per * len(cohort)
    print(
        f"    nbgrader way (papermill notebook per submission, fresh kernel, sequential): "
        f"{per:.2f} s/submission measured on {len(times)} of them "
        f"(min {min(times):.2f}, max {max(times):.2f})"
    )
    print(f"      EXTRAPOLATED to the cohort: {len(cohort)} x {per:.2f} s = {baseline:.1f} s")
    ratio = baseline / ours
    print(f"    RATIO (c): {ratio:.1f}x faster (target >= 12x)")
    return ratio


# -- (b) the same for HumanEval-X-style sets: test programs in four languages ------------

X_PREFIX = {"cpp": "CPP", "java": "Java", "javascript": "JavaScript", "python": "Python"}
X_HEADERS = {
    "cpp": "#include<stdio.h>\n#include<math.h>\n#include<vector>\n#include<string>\n"
    "#include<algorithm>\nusing namespace std;\n",
    "java": "import java.util.*;\nimport java.lang.*;\n\nclass Solution {\n",
}
X_TYPES = {  # (C++, Java) spelling of each type the generated tasks use
    "int": ("int", "int"),
    "str": ("string", "String"),
    "ints": ("vector<int>", "List<Integer>"),
    "bool": ("bool", "boolean"),
}
# name, params [(name, type)], return type, {language: (right, wrong)} expressions, tests
X_TASKS = [
    (
        "add", [("a", "int"), ("b", "int")], "int",
        {"cpp": ("a + b", "a - b"), "java": ("a + b", "a - b"),
         "javascript": ("a + b", "a - b"), "python": ("a + b", "a - b")},
        [((1, 2), 3), ((-5, 5), 0), ((7, 8), 15)],
    ),
    (
        "count_vowels", [("s", "str")], "int",
        {"cpp": ("(int)count_if(s.begin(), s.end(), [](char c) "
                 "{ return string(\"aeiou\").find(c) != string::npos; })", "(int)s.size()"),
         "java": ("(int) s.chars().filter(c -> \"aeiou\".indexOf(c) >= 0).count()", "s.length()"),
         "javascript": ("[...s].filter((c) => 'aeiou'.includes(c)).length", "s.length"),
         "python": ("sum(c in 'aeiou' for c in s)", "len(s)")},
        [(("hello",), 2), (("xyz",), 0), (("aeiou",), 5)],
    ),
    (
        "sum_list", [("xs", "ints")], "int",
        {"cpp": ("[&] { int t = 0; for (int x : xs) t += x; return t; }()", "(int)xs.size()"),
         "java": ("xs.stream().mapToInt(Integer::intValue).sum()", "xs.size()"),
         "javascript": ("xs.reduce((a, b) => a + b, 0)", "xs.length"),
         "python": ("sum(xs)", "len(xs)")},
        [(([1, 2, 3],), 6), (([5],), 5), (([-1, 1, 4],), 4)],
    ),
    (
        "reverse_str", [("s", "str")], "str",
        {"cpp": ("string(s.rbegin(), s.rend())", "s"),
         "java": ("new StringBuilder(s).reverse().toString()", "s"),
         "javascript": ("[...s].reverse().join('')", "s"), "python": ("s[::-1]", "s")},
        [(("abc",), "cba"), (("",), ""), (("ab",), "ba")],
    ),
    (
        "is_palindrome", [("s", "str")], "bool",
        {"cpp": ("equal(s.begin(), s.end(), s.rbegin())", "true"),
         "java": ("new StringBuilder(s).reverse().toString().equals(s)", "true"),
         "javascript": ("[...s].reverse().join('') === s", "true"),
         "python": ("s == s[::-1]", "True")},
        [(("aba",), True), (("ab",), False), (("abba",), True)],
    ),
]  # fmt: skip


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(w.title() for w in rest)


def _literal(language: str, value: object) -> str:
    if isinstance(value, bool):
        return {"python": str(value)}.get(language, str(value).lower())
    if isinstance(value, list):
        items = ", ".join(map(str, value))
        return {"cpp": f"{{{items}}}", "java": f"Arrays.asList({items})"}.get(
            language, f"[{items}]"
        )
    if isinstance(value, str):
        return json.dumps(value) if language != "python" else repr(value)
    return str(value)


def x_task(language: str, n: int, spec: tuple) -> tuple[dict, dict[str, str]]:
    """One HumanEval-X-style task (our own text) and its completions by kind."""
    name, params, ret, exprs, cases = spec
    right, wrong = exprs[language]
    fn = name if language in ("cpp", "python") else _camel(name)
    doc = f"Task {n}: {name.replace('_', ' ')}."

    def call(args: tuple) -> str:
        return f"{fn}({', '.join(_literal(language, a) for a in args)})"

    if language == "cpp":
        sig = ", ".join(f"{X_TYPES[t][0]} {p}" for p, t in params)
        prompt = f"/*\n{doc}\n*/\n{X_HEADERS['cpp']}{X_TYPES[ret][0]} {fn}({sig}){{\n"
        bodies = {
            "right": f"    return {right};\n}}\n",
            "right2": f"    auto r = {right};\n    return r;\n}}\n",
            "wrong": f"    return {wrong};\n}}\n",
            "raise": "    throw 1;\n}\n",
        }
        checks = [f"    assert ({call(a)} == {_literal('cpp', e)});\n" for a, e in cases]
        test = "#undef NDEBUG\n#include<assert.h>\nint main(){\n" + "".join(checks) + "}\n"
        example = "#undef NDEBUG\n#include<assert.h>\nint main(){\n" + checks[0] + "}\n"
    elif language == "java":
        sig = ", ".join(f"{X_TYPES[t][1]} {p}" for p, t in params)
        prompt = (
            f"{X_HEADERS['java']}    /** {doc} */\n    public {X_TYPES[ret][1]} {fn}({sig}) {{\n"
        )
        end = "    }\n}"
        bodies = {
            "right": f"        return {right};\n{end}",
            "right2": f"        var r = {right};\n        return r;\n{end}",
            "wrong": f"        return {wrong};\n{end}",
            "raise": f'        throw new RuntimeException("not done");\n{end}',
        }

        def same(a: tuple, e: object) -> str:
            got = f"s.{call(a)}"
            return f"{got}.equals({_literal('java', e)})" if ret == "str" else f"{got} == {e}"

        def main(cs: list) -> str:
            return (
                "public class Main {\n    public static void main(String[] args) {\n"
                "        Solution s = new Solution();\n"
                "        List<Boolean> correct = Arrays.asList(\n"
                + ",\n".join(
                    f"            {same(a, _literal('java', e) if ret == 'bool' else e)}"
                    for a, e in cs
                )
                + "\n        );\n        if (correct.contains(false)) {\n"
                "            throw new AssertionError();\n        }\n    }\n}\n"
            )

        test, example = main(cases), main(cases[:1])
    elif language == "javascript":
        args = ", ".join(p for p, _ in params)
        prompt = f"/* {doc} */\nconst {fn} = ({args}) => {{\n"
        bodies = {
            "right": f"  return {right}\n}}\n",
            "right2": f"  const r = {right}\n  return r\n}}\n",
            "wrong": f"  return {wrong}\n}}\n",
            "raise": "  throw new Error('not done')\n}\n",
        }
        tester = f"test{fn[0].upper()}{fn[1:]}"

        def js(cs: list) -> str:
            lines = "".join(
                f"  console.assert({call(a)} === {_literal('javascript', e)})\n" for a, e in cs
            )
            return f"const {tester} = () => {{\n{lines}}}\n\n{tester}()\n"

        test, example = js(cases), js(cases[:1])
    else:
        args = ", ".join(p for p, _ in params)
        prompt = f'def {fn}({args}):\n    """{doc}"""\n'
        bodies = {
            "right": f"    return {right}\n",
            "right2": f"    r = {right}\n    return r\n",
            "wrong": f"    return {wrong}\n",
            "raise": "    raise ValueError('not done')\n",
        }

        def py(cs: list) -> str:
            lines = "".join(f"    assert {call(a)} == {_literal('python', e)}\n" for a, e in cs)
            return f"\n\ndef check({fn}):\n{lines}\n\ncheck({fn})\n"

        test, example = py(cases), py(cases[:1])
    task = {
        "task_id": f"{X_PREFIX[language]}/{n}",
        "prompt": prompt,
        "canonical_solution": bodies["right"],
        "test": test,
        "example_test": example,
    }
    return task, bodies


def make_x_samples(
    tmp: Path, languages: list[str], per_task: int
) -> tuple[Path, dict[str, list[tuple[dict, str]]]]:
    """HumanEval-X-style tasks for ``languages`` and ``per_task`` completions of each task.

    Completions mix right (two spellings), wrong and raising ones; half of them carry
    a comment naming the sample, so about half the programs are distinct, as samples
    drawn at a temperature are.
    """
    tmp.mkdir(parents=True, exist_ok=True)
    rng = random.Random(5)
    tasks, samples = [], {}
    for language in languages:
        samples[language] = []
        for n, spec in enumerate(X_TASKS):
            task, bodies = x_task(language, n, spec)
            tasks.append(task)
            for k in range(per_task):
                roll = rng.random()
                kind = "right" if roll < 0.4 else "right2" if roll < 0.6 else (
                    "wrong" if roll < 0.85 else "raise")  # fmt: skip
                body = bodies[kind]
                if rng.random() < 0.5:
                    mark = "#" if language == "python" else "//"
                    body = f"{body.rstrip()}\n{mark} sample {k}\n"
                samples[language].append((task, body))
    tasks_file = tmp / "x_tasks.jsonl"
    tasks_file.write_text("".join(json.dumps(t) + "\n" for t in tasks))
    return tasks_file, samples


BUILD_SECONDS = 60.0
"""The upstream harness's compile timeout (the sandbox's compilers have 60 s of wall time too);
``--timeout`` is for running the program, on both sides."""


def upstream_one(language: str, program: str, work: Path, timeout: float, cxx: list[str]) -> bool:
    """One sample the upstream way (HumanEval-X, MultiPL-E): unsandboxed, its own processes."""
    work.mkdir(parents=True)

    def run(cmd: list[str], limit: float = timeout) -> subprocess.CompletedProcess | None:
        try:
            return subprocess.run(cmd, cwd=work, capture_output=True, timeout=limit)
        except subprocess.TimeoutExpired:
            return None

    if language == "cpp":
        (work / "test.cpp").write_text(program)
        built = run([*cxx, "test.cpp", "-o", "test"], BUILD_SECONDS)
        if built is None or built.returncode != 0:
            return False
        r = run(["./test"])
    elif language == "java":
        (work / "Main.java").write_text(program)
        built = run(["javac", "Main.java"], BUILD_SECONDS)
        if built is None or built.returncode != 0:
            return False
        r = run(["java", "-ea", "-cp", ".", "Main"])
    elif language == "javascript":
        (work / "test.js").write_text(program)
        r = run(["node", "test.js"])
        return r is not None and r.returncode == 0 and not r.stderr.strip()
    else:
        (work / "test.py").write_text(program)
        r = run([sys.executable, "test.py"])
    return r is not None and r.returncode == 0


def bench_x_samples(
    args: argparse.Namespace, tmp: Path, languages: list[str]
) -> list[tuple[str, int, float]]:
    """Per language: ``interview grade --samples`` against the upstream harness, same run."""
    tasks_file, by_language = make_x_samples(tmp, languages, args.x_samples_per_task)
    subprocess.run(
        [sys.executable, "-m", "interview_kernel.cli", "problems", "import", "humaneval-x",
         str(tasks_file), "--into", str(tmp / "tasks")],
        check=True, capture_output=True, cwd=ROOT,
    )  # fmt: skip
    cxx = ["g++", *args.cxx_flags.split()]
    out = []
    for language in languages:
        samples = by_language[language]
        samples_file = tmp / f"samples-{language}.jsonl"
        samples_file.write_text(
            "".join(
                json.dumps({"task_id": t["task_id"], "completion": c}) + "\n" for t, c in samples
            )
        )
        results = tmp / f"results-{language}.jsonl"
        ours, rows = grade_samples(args, samples_file, tmp / "tasks", results, f" ({language})")
        sandboxed = [row["passed"] for row in rows]
        verdicts: dict[str, int] = {}
        for row in rows:
            verdicts[row["verdict"]] = verdicts.get(row["verdict"], 0) + 1

        work = tmp / f"upstream-{language}"
        started = time.perf_counter()
        programs = [t["prompt"] + c + "\n" + t["test"] for t, c in samples]
        jobs = [(language, p, work / str(k), args.timeout, cxx) for k, p in enumerate(programs)]
        with ThreadPoolExecutor(args.jobs) as ex:
            plain = list(ex.map(lambda job: upstream_one(*job), jobs))
        base = time.perf_counter() - started
        agree = sum(a == b for a, b in zip(sandboxed, plain, strict=True))
        distinct = len({t["task_id"] + c for t, c in samples})
        ratio = base / ours
        print(
            f"(b) {language}: {len(samples)} HumanEval-X-style samples over {len(X_TASKS)} tasks "
            f"({distinct} distinct programs)"
        )
        print(
            f"    interview grade --samples -j {args.jobs} (sandboxed, whole command): "
            f"{ours:.1f} s; pass@1 {sum(sandboxed) / len(samples):.2f}; "
            + ", ".join(f"{v} {n}" for v, n in sorted(verdicts.items()))
        )
        tool = {"cpp": " ".join(cxx) + " + run", "java": "javac + java -ea",
                "javascript": "node", "python": "python"}[language]  # fmt: skip
        print(
            f"    upstream harness (unsandboxed {tool} per sample, {args.jobs} at a time): "
            f"{base:.1f} s; pass@1 {sum(plain) / len(samples):.2f}"
        )
        print(f"    verdicts agree on {agree}/{len(samples)} samples")
        print(
            f"    RATIO (b, {language}): sandboxed is {ratio:.2f}x the upstream harness's speed "
            f"(target >= 1.0)",
            flush=True,
        )
        out.append((language, len(samples), ratio))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "-j", "--jobs", type=int, default=2 * (os.cpu_count() or 1), help="parallelism, both sides"
    )
    ap.add_argument("--timeout", type=float, default=5.0, help="seconds per submission, both")
    ap.add_argument("--baseline-subset", type=int, default=20, help="benign nbgrader runs")
    ap.add_argument(
        "--samples-per-task",
        type=int,
        nargs="+",
        default=[50, 200],
        help="(b) samples per task, one measurement each (200: the n of the Codex paper's pass@k)",
    )
    ap.add_argument(
        "--x-samples-per-task",
        type=int,
        default=20,
        help="(b) HumanEval-X-style samples per task and language",
    )
    ap.add_argument(
        "--languages",
        nargs="+",
        choices=["humaneval", *X_PREFIX],
        default=["humaneval", *X_PREFIX],
        help="(b) humaneval: HumanEval (check() on the trusted side); cpp, java, javascript,"
        " python: HumanEval-X-style test programs",
    )
    ap.add_argument(
        "--cxx-flags",
        default="-std=c++17",
        help="(b) the upstream harness's g++ flags (HumanEval-X and MultiPL-E pass no -O)",
    )
    ap.add_argument("--only", choices=["a", "b", "c"], help="run one part")
    args = ap.parse_args()
    with open("/proc/loadavg") as f:
        print(f"machine: {os.cpu_count()} cores, load average {f.read().split()[0]} at start")
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        ra = bench_cohort(args, Path(tmp) / "a") if args.only in (None, "a") else None
        run_b = args.only in (None, "b")
        rb = [
            (n * len(TASKS), bench_samples(args, Path(tmp) / f"b{n}", n))
            for n in (args.samples_per_task if run_b and "humaneval" in args.languages else [])
        ]
        x_languages = [lang for lang in args.languages if lang != "humaneval"]
        rx = bench_x_samples(args, Path(tmp) / "bx", x_languages) if run_b and x_languages else []
        rc = bench_easy(args, Path(tmp) / "c") if args.only in (None, "c") else None
    print("summary:", ", ".join(
        part for part in (
            f"(a) {ra:.1f}x vs nbgrader-style papermill" if ra else "",
            *(f"(b) {r:.2f}x vs process-per-sample on {n} samples" for n, r in rb),
            *(f"(b) {lang} {r:.2f}x vs upstream on {n} samples" for lang, n, r in rx),
            f"(c) {rc:.1f}x vs nbgrader-style papermill on the easy cohort" if rc else "",
        ) if part
    ))  # fmt: skip


if __name__ == "__main__":
    main()
