"""``interview run PROBLEM FILE``: grade one solution file in the sandbox."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..bank.loader import load_problem
from ..custom import parse_cases
from ..errors import CustomInputError, SourceError, UnknownLanguageError
from ..languages import get_language, language_for_extension, languages
from ..result import GradeResult, Verdict
from ..source import MAX_SOURCE_BYTES, check_source


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``run`` subcommand."""
    p = sub.add_parser(
        "run",
        help="grade a solution file against a problem",
        description="Grade FILE against PROBLEM's visible and hidden tests in the sandbox "
        "(recorded), or with --input against the examples plus your own cases (not recorded; "
        "the expected values come from the problem's reference solution). A run stops at the "
        "first time, memory or output limit. "
        "Exit 0 when accepted, 1 on any other verdict, 2 on bad input.",
    )
    p.add_argument("problem", help="problem id (see `interview problems list`) or folder")
    p.add_argument("file", help="solution source file ('-' reads standard input)")
    p.add_argument("--language", "-l", help="language (default: from the file extension)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--no-save", action="store_true", help="do not record the submission")
    p.add_argument(
        "--input",
        metavar="CASES|@FILE",
        help="your own test cases in LeetCode's raw format: one JSON value per line, one line "
        "per parameter in signature order, cases one after another (@FILE reads a file); "
        "for a program problem, the standard input of each case, cases separated by a line "
        "'---'; runs the visible examples plus these, like the app's Run",
    )
    p.set_defaults(func=run)


def read_source(path: str) -> bytes:
    """Read a source file as bytes, with a clear error when it cannot be read."""
    if path == "-":
        return sys.stdin.buffer.read()
    p = Path(path)
    if not p.is_file():
        raise SourceError(f"no such file: {path}")
    if p.stat().st_size > MAX_SOURCE_BYTES:
        raise SourceError(f"{path} is larger than {MAX_SOURCE_BYTES // 1024} KB; shorten it")
    return p.read_bytes()


def pick_language(path: str, language: str | None) -> str:
    """The language from ``--language`` or the file's extension."""
    if language:
        lang = get_language(language)
        if lang is None:
            raise UnknownLanguageError(language, languages())
        by_ext = language_for_extension(Path(path).suffix)
        if by_ext is not None and by_ext != lang.name:
            raise SourceError(
                f"{path} looks like {by_ext}, not {lang.name}; drop --language or rename the file"
            )
        return lang.name
    found = language_for_extension(Path(path).suffix)
    if found is None:
        raise SourceError(
            f"cannot tell the language of {path!r} from its extension; pass --language "
            f"({', '.join(sorted(languages()))})"
        )
    return found


def read_cases(spec: str) -> str:
    """The raw custom input of ``--input``: the text itself, or ``@FILE``'s contents."""
    if not spec.startswith("@"):
        return spec
    p = Path(spec[1:])
    if not p.is_file():
        raise SourceError(f"no such file: {spec[1:]} (--input @FILE reads custom cases from FILE)")
    return p.read_text(encoding="utf-8", errors="replace")


def _short(value: object, width: int = 60) -> str:
    text = json.dumps(value) if not isinstance(value, str) else value
    return text if len(text) <= width else text[: width - 3] + "..."


def print_human(result: GradeResult) -> None:
    """A readable table of the run."""
    color = sys.stdout.isatty()

    def paint(v: Verdict, text: str) -> str:
        if not color:
            return text
        code = "32" if v is Verdict.AC else "33" if v is Verdict.NOT_RUN else "31"
        return f"\033[{code}m{text}\033[0m"

    if result.compile_output:
        print("Compiler output:\n" + result.compile_output.rstrip() + "\n")
    for t in result.tests:
        kind = "hidden " if t.hidden else "visible"
        badge = paint(t.verdict, t.verdict.value.ljust(3))
        line = f"  {badge}  {kind}  {t.name:<24} {t.time_ms:8.1f} ms"
        print(line)
        if not t.hidden and t.verdict is not Verdict.AC and t.verdict is not Verdict.NOT_RUN:
            print(f"         input:    {_short(t.input)}")
            print(f"         expected: {_short(t.expected)}")
            if t.output is not None:
                print(f"         output:   {_short(t.output)}")
            if t.error:
                print(f"         error:    {t.error}")
            if t.stdout:
                print(f"         stdout:   {_short(t.stdout)}")
    summary = f"{result.verdict.label}: {result.passed}/{result.total} passed"
    print(paint(result.verdict, summary) + f"  ({result.time_ms:.1f} ms)")
    if result.message:
        print(result.message)


def run(args: argparse.Namespace) -> int:
    """Grade and report; exit 0 on AC, 1 otherwise."""
    from ..grading.grader import Grader

    problem = load_problem(args.problem)
    language = pick_language(args.file, args.language)
    source = check_source(read_source(args.file))
    custom = parse_cases(problem, read_cases(args.input)) if args.input is not None else []
    if args.input is not None and not custom:
        what = (
            "the standard input of each case, cases separated by a line '---'"
            if problem.kind == "program"
            else "one JSON value per parameter line"
        )
        raise CustomInputError([("--input", f"no cases: give {what}")])
    with Grader() as grader:
        result = grader.grade(
            problem,
            source,
            language=language,
            include_hidden=not custom,
            custom=custom,
            stop_at_limit=True,
        )
    # Record before printing: a result shown to the user is a stored one, unless
    # the store fails, which is said after the verdict (it does not change it).
    # A run of one's own cases is a try-out, like the app's Run: never recorded.
    unsaved = ""
    if not args.no_save and not custom:
        from ..practice.sessions import record_run
        from ..store import StoreError

        try:
            record_run(problem, source, language, result)
        except StoreError as exc:
            unsaved = str(exc)
    if args.json:
        print(json.dumps(result.to_dict(), default=str), flush=True)
    else:
        print_human(result)
    if unsaved:
        print(f"interview run: warning: the result was not saved: {unsaved}", file=sys.stderr)
    return 0 if result.verdict is Verdict.AC else 1
