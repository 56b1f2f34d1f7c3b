"""``interview problems validate``: schema, references through the grader, naive baselines.

Order: the schema (every file loads); every reference in every language through
the real sandboxed grader (all AC, which re-derives every expected value from the
reference under the problem's checker); then, where a problem ships a
``naive/solution.py`` and a target complexity, the complexity probe must place the
naive solution above the target (otherwise the target does not discriminate).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ..errors import InterviewError
from ..result import Verdict

if TYPE_CHECKING:
    from ..grading.grader import Grader
    from ..problem import Problem


def validate_problems(
    ids: list[str], grade: bool, out: TextIO, probe_naive: bool = True
) -> list[str]:
    """Validate problems; print one line each; return the failure messages."""
    from .loader import load_problem

    failures: list[str] = []
    loaded = []
    for pid in ids:
        try:
            loaded.append(load_problem(pid))
        except InterviewError as exc:
            failures.append(str(exc))
            print(f"FAIL {pid}: {exc}", file=out)
    if grade and loaded:
        from ..grading.grader import Grader

        with Grader() as grader:
            for prob in loaded:
                bad = []
                for lang, ref in sorted(prob.reference.items()):
                    try:
                        result = grader.grade(prob, ref, language=lang)
                    except InterviewError as exc:
                        bad.append(f"{lang}: {exc}")
                        continue
                    if result.verdict is not Verdict.AC:
                        first = result.first_failure
                        where = f" on test {first.name!r}" if first else ""
                        detail = f" ({first.error})" if first and first.error else ""
                        detail = detail or (f" ({result.message})" if result.message else "")
                        bad.append(f"{lang} reference: {result.verdict.value}{where}{detail}")
                        if result.compile_output:
                            bad.append(f"compiler said: {result.compile_output.strip()[:400]}")
                if probe_naive and not bad:
                    bad += _check_naive(grader, prob)
                if bad:
                    msg = f"problem {prob.id!r}: " + "; ".join(bad)
                    failures.append(msg)
                    print(f"FAIL {prob.id}: " + "; ".join(bad), file=out)
                else:
                    print(f"ok   {prob.id} ({', '.join(sorted(prob.reference))})", file=out)
    elif loaded:
        for prob in loaded:
            print(f"ok   {prob.id} (schema)", file=out)
    print(f"{len(ids) - len(failures)}/{len(ids)} problems valid", file=out)
    return failures


def _check_naive(grader: Grader, prob: Problem) -> list[str]:
    """The naive baseline must measure above the target class (when both exist)."""
    from ..bigo import rank
    from ..grading.probe import probe_complexity

    naive = Path(prob.folder or ".") / "naive" / "solution.py"
    target = rank(prob.complexity.time) if prob.complexity.time else None
    if not naive.is_file() or target is None:
        return []
    report = probe_complexity(grader, prob, naive.read_text(), "python")
    measured = rank(report.best) if report.best else None
    if measured is None:
        return [f"naive baseline: complexity not measurable ({report.message})"]
    if measured <= target:
        return [
            f"naive baseline measured {report.best}, not above the target "
            f"{prob.complexity.time}; tighten the target or the size generator"
        ]
    return []
