"""``interview problems validate``: schema, then every reference solution through the grader."""

from __future__ import annotations

from typing import TextIO

from .errors import InterviewError
from .result import Verdict


def validate_problems(ids: list[str], grade: bool, out: TextIO) -> list[str]:
    """Validate problems; print one line each; return the failure messages."""
    from .bank import load_problem

    failures: list[str] = []
    loaded = []
    for pid in ids:
        try:
            loaded.append(load_problem(pid))
        except InterviewError as exc:
            failures.append(str(exc))
            print(f"FAIL {pid}: {exc}", file=out)
    if grade and loaded:
        from .grader import Grader

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
