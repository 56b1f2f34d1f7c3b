"""``interview grade``: grade a cohort (report notebook via papermill) or HumanEval samples.

Cohort mode runs ``notebooks/grade.ipynb`` with papermill once per batch; the
notebook grades every submission through the warm kernel pool (or ``--dask``)
and is the report (also exported as HTML). A progress bar here follows the
batch through ``OUT/progress.json``. Samples mode grades directly.
Exit codes: 0 when the batch ran, 1 when the report notebook failed, 2 on bad input.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import threading
from collections import Counter
from pathlib import Path
from typing import Any

from ..bank.loader import PROJECT_ROOT

NOTEBOOK = PROJECT_ROOT / "notebooks" / "grade.ipynb"


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``grade`` subcommand."""
    p = sub.add_parser(
        "grade",
        help="grade a cohort of submissions, or a HumanEval samples file",
        description=(
            "Cohort: interview grade SUBMISSION... --problem P [-j N] [--out DIR] [--resume] "
            "[--timeout S] [--dask ADDRESS] [--feedback]. Submissions are code files, candidate "
            "notebooks (the cell tagged `solution`) or one folder per candidate; the report "
            "notebook, its HTML, summary.csv and summary.json go to --out. "
            "Samples: interview grade --samples FILE.jsonl --problems DIR --out RESULTS.jsonl. "
            "Exit 0 when the batch ran, 1 if the report failed, 2 on bad input."
        ),
    )
    p.add_argument("submissions", nargs="*", metavar="SUBMISSION", help="file, notebook or folder")
    p.add_argument(
        "--problem", "-p", action="append", default=[], help="problem id or folder (repeatable)"
    )
    p.add_argument("--language", "-l", help="force a language (default: from each file)")
    p.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=0,
        help="warm kernels (default: one per core; with --dask, one per worker thread)",
    )
    p.add_argument("--out", "-o", help="output folder (samples mode: the results JSONL file)")
    p.add_argument("--resume", action="store_true", help="skip submissions already graded in --out")
    p.add_argument("--timeout", type=float, help="seconds per submission (default: the problem's)")
    p.add_argument("--dask", metavar="ADDRESS", help="grade on a Dask scheduler (tcp://host:8786)")
    p.add_argument("--feedback", action="store_true", help="one feedback notebook per candidate")
    p.add_argument("--no-save", action="store_true", help="do not record results in the store")
    p.add_argument(
        "--complexity",
        action="store_true",
        help="probe the time complexity of accepted submissions (up to 2 s each)",
    )
    p.add_argument(
        "--all-tests",
        action="store_true",
        help="run every test; by default a submission stops at its first time, memory or "
        "output limit (same verdict, later tests count as not passed)",
    )
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument(
        "--samples", metavar="FILE.jsonl", help="HumanEval samples (task_id, completion)"
    )
    p.add_argument("--problems", metavar="DIR", help="imported HumanEval tasks (samples mode)")
    p.set_defaults(func=run)


def _usage(message: str) -> int:
    print(f"interview grade: error: {message}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    """Dispatch to samples or cohort mode after checking the arguments."""
    if args.jobs < 0:
        return _usage("-j must be 0 (one per core) or more")
    if args.timeout is not None and args.timeout <= 0:
        return _usage("--timeout must be a positive number of seconds")
    if args.samples:
        if not args.problems or not args.out:
            return _usage("--samples needs --problems DIR and --out RESULTS.jsonl")
        return _samples(args)
    if not args.submissions:
        return _usage("give at least one SUBMISSION (file, notebook or folder)")
    if not args.problem:
        return _usage("give --problem P (a problem id or folder)")
    return _cohort(args)


def _samples(args: argparse.Namespace) -> int:
    from ..batch import grade_samples

    if not Path(args.samples).is_file():
        return _usage(f"no such samples file: {args.samples}")
    results = grade_samples(
        args.samples,
        args.problems,
        args.out,
        jobs=args.jobs or None,
        timeout=args.timeout,
        progress=not args.no_progress,
    )
    passed = sum(r["passed"] for r in results)
    bad = sum(r["verdict"] == "ERR" for r in results)
    mix = Counter(r["verdict"] for r in results)
    print(
        f"{len(results)} samples: {passed} passed ({passed / max(len(results), 1):.1%}); "
        + ", ".join(f"{v} {n}" for v, n in mix.most_common())
        + (f"; {bad} not gradeable (see 'error')" if bad else "")
    )
    print(f"results: {args.out}")
    return 0


def _follow(out: Path, stop: threading.Event, enabled: bool) -> None:
    """Show a progress bar from ``OUT/progress.json`` until ``stop`` is set."""
    from ..batch import read_progress

    bar: Any = None
    try:
        while True:
            state = read_progress(out)
            if state and enabled:
                if bar is None:
                    from tqdm import tqdm

                    bar = tqdm(total=state["total"], unit="sub", desc="grading", smoothing=0.1)
                    bar.n = bar.last_print_n = state["done"]
                    bar.refresh()
                elif state["done"] != bar.n:
                    bar.update(state["done"] - bar.n)
            if stop.wait(0.2):
                break
    finally:
        if bar is not None:
            bar.close()


def _cohort(args: argparse.Namespace) -> int:
    from ..bank.loader import load_problem
    from ..batch import collect_submissions

    problems = [load_problem(p) for p in args.problem]
    subs = collect_submissions(args.submissions, problems, args.language)
    if not subs:
        return _usage("no submissions found in " + ", ".join(args.submissions))
    if all(s.error for s in subs):
        for s in subs:
            print(f"  {s.candidate}: {s.error}", file=sys.stderr)
        return _usage("none of the submissions can be graded")
    out = Path(args.out or "grading").resolve()
    try:
        out.mkdir(parents=True, exist_ok=True)
        (out / "progress.json").unlink(missing_ok=True)
    except OSError as exc:
        return _unwritable(out, exc)
    parameters = {
        "submissions": [str(Path(s).resolve()) for s in args.submissions],
        "problems": [str(Path(p).resolve()) if Path(p).is_dir() else p for p in args.problem],
        "language": args.language,
        "jobs": args.jobs,
        "timeout": args.timeout,
        "out": str(out),
        "resume": bool(args.resume),
        "dask": args.dask,
        "feedback": bool(args.feedback),
        "record": not args.no_save,
        "complexity": bool(args.complexity),
        "all_tests": bool(args.all_tests),
    }
    stop = threading.Event()
    follower = threading.Thread(target=_follow, args=(out, stop, not args.no_progress), daemon=True)
    follower.start()
    try:
        failed = _execute(out, parameters)
    except OSError as exc:  # a full disk or a read-only --out: no traceback, say what to do
        return _unwritable(out, exc)
    finally:
        stop.set()
        follower.join(timeout=5)
    if failed:
        print(f"interview grade: the report notebook failed: {failed}", file=sys.stderr)
        print(f"  see {out / 'report.ipynb'}", file=sys.stderr)
        return 1
    _print_summary(out)
    return 0


def _unwritable(out: Path, exc: OSError) -> int:
    where = exc.filename or out
    print(
        f"interview grade: error: cannot write {where}: {exc.strerror or exc}; free space or"
        " choose another --out (with --resume, graded submissions are kept)",
        file=sys.stderr,
    )
    return 2


def _import_nbconvert() -> None:
    try:
        import nbconvert.exporters.html  # noqa: F401 - the import is the point
    except Exception:  # the export below imports it again and says what is wrong
        pass


def _execute(out: Path, parameters: dict[str, Any]) -> str:
    """Run the report notebook once, then export it as HTML; returns an error or ''."""
    import papermill

    # nbconvert takes seconds to import: do it while the notebook runs, this process waits anyway
    threading.Thread(target=_import_nbconvert, name="import-nbconvert", daemon=True).start()
    report = out / "report.ipynb"
    try:
        papermill.execute_notebook(
            str(NOTEBOOK),
            str(report),
            parameters=parameters,
            kernel_name="python3",
            language="python",
            cwd=os.getcwd(),
            progress_bar=False,
        )
    except papermill.PapermillExecutionError as exc:
        return f"{exc.ename}: {exc.evalue}"
    from nbconvert import HTMLExporter

    quiet = logging.getLogger("traitlets")  # nbconvert's accessibility notes are not errors here
    level = quiet.level
    quiet.setLevel(logging.ERROR)
    try:
        body, _ = HTMLExporter(exclude_input=True).from_filename(str(report))
    finally:
        quiet.setLevel(level)
    (out / "report.html").write_text(body, encoding="utf-8")
    return ""


def _print_summary(out: Path) -> None:
    rows = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    width = max([len(str(r["candidate"])) for r in rows] + [9])
    for r in rows:
        score = "-" if r["score"] is None else str(r["score"])
        line = f"  {str(r['candidate']):<{width}}  {r['problem']:<20} {r['verdict']:<4}"
        line += f" {r['passed']:>3}/{r['total']:<3} score {score:>3}"
        if r["verdict"] == "ERR":
            line += f"  {r['error']}"
        print(line)
    mix = Counter(r["verdict"] for r in rows)
    print(f"{len(rows)} submissions: " + ", ".join(f"{v} {n}" for v, n in mix.most_common()))
    for name in ("report.html", "report.ipynb", "summary.csv", "summary.json"):
        print(f"  {out / name}")
    if (out / "feedback").is_dir():
        print(f"  {out / 'feedback'}/")
