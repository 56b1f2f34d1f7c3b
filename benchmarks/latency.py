"""Warm grading latency against the nbclient baseline, measured in the same run.

    .venv/bin/python benchmarks/latency.py [--runs N]

Baseline: the same solution and visible tests executed as a notebook with nbclient
in a fresh python3 kernel (the "run a notebook per submission" way). Target:
warm ``Grader.grade`` p50 <= 50 ms and <= 1/10 of the baseline.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from interview_kernel import Grader, load_problem  # noqa: E402


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def baseline_notebook(source: str, tests: list[dict]) -> nbformat.NotebookNode:
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
    return nb


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=60, help="warm grading runs")
    ap.add_argument("--baseline-runs", type=int, default=8, help="nbclient runs")
    args = ap.parse_args()
    problem = load_problem("two-sum")
    source = problem.reference["python"]
    visible = [t.model_dump() for t in problem.visible_tests]

    with Grader() as g:
        for _ in range(5):
            g.grade(problem, source)
        warm = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            r = g.grade(problem, source)
            warm.append((time.perf_counter() - t0) * 1000)
            assert r.verdict.value == "AC"

    base = []
    for _ in range(args.baseline_runs):
        nb = baseline_notebook(source, visible)
        t0 = time.perf_counter()
        NotebookClient(nb, timeout=60, kernel_name="python3").execute()
        base.append((time.perf_counter() - t0) * 1000)

    p50, p95 = statistics.median(warm), pct(warm, 95)
    b50 = statistics.median(base)
    print(
        f"warm Grader.grade (two-sum, {problem.tests.__len__()} tests, sandboxed): "
        f"p50 {p50:.1f} ms  p95 {p95:.1f} ms  over {len(warm)} runs"
    )
    print(
        f"nbclient fresh python3 kernel (5 visible tests, unsandboxed):    "
        f"p50 {b50:.1f} ms  over {len(base)} runs"
    )
    print(
        f"ratio baseline/grader at p50: {b50 / p50:.1f}x  "
        f"(targets: p50 <= 50 ms: {'met' if p50 <= 50 else 'MISSED'}; "
        f">= 10x: {'met' if b50 / p50 >= 10 else 'MISSED'})"
    )


if __name__ == "__main__":
    main()
