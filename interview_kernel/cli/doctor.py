"""``interview doctor``: what this machine has, what is missing and how to get it."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys

from .. import settings


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``doctor`` subcommand."""
    p = sub.add_parser(
        "doctor",
        help="check the sandbox, toolchains and services",
        description="Check everything grading and the app need; says how to "
        "fix what is missing. Exit 1 if grading cannot run.",
    )
    p.add_argument("--no-grade", action="store_true", help="skip the end-to-end grading check")
    p.set_defaults(func=run)


def _version(cmd: list[str]) -> str | None:
    if not shutil.which(cmd[0]):
        return None
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return None
    text = (out.stdout or out.stderr).strip().splitlines()
    return text[0] if text else "present"


def checks(grade: bool) -> list[tuple[str, bool, str, str, bool]]:
    """(name, ok, detail, fix, required) for each check."""
    from ..sandbox import bwrap as sandbox

    rows: list[tuple[str, bool, str, str, bool]] = []
    py_ok = sys.version_info >= (3, 10)
    rows.append(("python", py_ok, sys.version.split()[0], "install Python 3.10 or newer", True))
    cap = sandbox.check()
    if sandbox.weak_requested():
        rows.append(
            (
                "sandbox",
                True,
                "WEAK MODE requested (rlimits only, no namespaces)",
                "unset INTERVIEW_SANDBOX for real isolation",
                True,
            )
        )
    else:
        rows.append(("sandbox", cap.ok, cap.detail, cap.fix, True))
    if os.geteuid() == 0:
        rows.append(
            (
                "setpriv",
                bool(shutil.which("setpriv")),
                "drops root before the sandbox",
                "sudo apt-get install util-linux",
                True,
            )
        )
    tools = [
        ("node (JavaScript)", ["node", "--version"], "sudo apt-get install nodejs"),
        ("g++ (C++)", ["g++", "--version"], "sudo apt-get install g++"),
        ("javac (Java)", ["javac", "-version"], "sudo apt-get install openjdk-17-jdk-headless"),
        ("java (Java)", ["java", "-version"], "sudo apt-get install openjdk-17-jre-headless"),
        ("npm (editor bundle)", ["npm", "--version"], "sudo apt-get install npm"),
        ("chromium (browser tests)", ["chromium", "--version"], "sudo apt-get install chromium"),
    ]
    for name, cmd, fix in tools:
        v = _version(cmd)
        rows.append((name, v is not None, v or "not found", fix, False))
    from ..store._engine import default_url

    db_url = settings.get("INTERVIEW_DB_URL") or default_url()
    rows.append(("database", True, db_url, "", False))
    if grade and (cap.ok or sandbox.weak_requested()):
        rows.append(_grade_check())
    return rows


def _grade_check() -> tuple[str, bool, str, str, bool]:
    from ..bank.loader import load_problem
    from ..errors import InterviewError
    from ..grading.grader import Grader

    try:
        prob = load_problem("two-sum")
        ref = prob.reference["python"]
        with Grader() as g:
            result = g.grade(prob, ref, language="python")
        ok = result.verdict.value == "AC"
        return (
            "end-to-end grading",
            ok,
            f"two-sum reference: {result.verdict.label}",
            "run with -v and read the log",
            True,
        )
    except (InterviewError, KeyError, RuntimeError, OSError) as exc:
        return ("end-to-end grading", False, str(exc), "see the message", True)


def run(args: argparse.Namespace) -> int:
    """Print the checks; exit 1 if a required one fails."""
    failed = False
    for name, ok, detail, fix, required in checks(grade=not args.no_grade):
        mark = "ok  " if ok else ("FAIL" if required else "miss")
        print(f"[{mark}] {name:<26} {detail}")
        if not ok and fix:
            print(f"       fix: {fix}")
        failed |= required and not ok
    print("grading can run here" if not failed else "grading cannot run here: fix the FAIL lines")
    print("\nsettings (environment variables):\n" + settings.describe())
    return 1 if failed else 0
