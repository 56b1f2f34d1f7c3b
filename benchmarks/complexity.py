"""Validate the complexity probe on the bank: do the references hit their target class?

    .venv/bin/python benchmarks/complexity.py [ID ...] [--language python]

Runs the probe on every problem that has a target time complexity and a size
generator, prints one line per problem and the confusion table (target class
against measured class), and the share of problems whose reference hits its
target (the acceptance bar is >= 95%). A quadratic two-sum is probed as a control.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from interview_kernel import Grader, list_problems  # noqa: E402
from interview_kernel.bigo import normalize  # noqa: E402
from interview_kernel.grading.fit import ORDER  # noqa: E402
from interview_kernel.grading.probe import load_generator, probe_complexity  # noqa: E402

QUADRATIC_TWO_SUM = """def two_sum(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return [i, j]
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("ids", nargs="*")
    ap.add_argument("--language", default="python")
    args = ap.parse_args()
    problems = [p for p in list_problems() if not args.ids or p.id in args.ids]
    table: Counter[tuple[str, str]] = Counter()
    hits = total = 0
    with Grader() as g:
        for p in problems:
            target = normalize(p.complexity.time) if p.complexity.time else None
            gen = load_generator(p)
            ref = p.reference.get(args.language)
            if not target or gen is None or not hasattr(gen, "sized_input") or not ref:
                continue
            r = probe_complexity(g, p, ref, language=args.language)
            measured = r.best or "unknown"
            table[(target, measured)] += 1
            total += 1
            hits += measured == target
            mark = "hit " if measured == target else "MISS"
            print(
                f"{mark} {p.id:<36} target {target:<11} measured {measured:<11} "
                f"confidence {r.confidence:.2f}  points {len(r.points)}",
                flush=True,
            )
        two_sum = next((p for p in problems if p.id == "two-sum"), None)
        if two_sum is not None:
            q = probe_complexity(g, two_sum, QUADRATIC_TWO_SUM)
            print(f"control: quadratic two-sum measured {q.best} (want O(n^2))")
    cols = [c for c in ORDER if any(k[1] == c for k in table)] + (
        ["unknown"] if any(k[1] == "unknown" for k in table) else []
    )
    rows = [c for c in ORDER if any(k[0] == c for k in table)]
    print("\nconfusion table (rows: target, columns: measured)")
    print(" " * 12 + "".join(f"{c:>12}" for c in cols))
    for r in rows:
        print(f"{r:<12}" + "".join(f"{table[(r, c)]:>12}" for c in cols))
    if total:
        print(f"\nreferences at their target: {hits}/{total} = {hits / total:.0%} (bar: 95%)")


if __name__ == "__main__":
    main()
