"""Verdicts and grading results: what a run produced, in the shape of ``interview run --json``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class Verdict(str, Enum):
    """Judge verdicts, per test and overall."""

    AC = "AC"
    WA = "WA"
    TLE = "TLE"
    MLE = "MLE"
    OLE = "OLE"
    RE = "RE"
    CE = "CE"
    IE = "IE"
    NOT_RUN = "NR"

    @property
    def label(self) -> str:
        """The words a candidate reads (``Wrong Answer``)."""
        return _LABELS[self]

    def __str__(self) -> str:
        return self.value


_LABELS = {
    Verdict.AC: "Accepted",
    Verdict.WA: "Wrong Answer",
    Verdict.TLE: "Time Limit Exceeded",
    Verdict.MLE: "Memory Limit Exceeded",
    Verdict.OLE: "Output Limit Exceeded",
    Verdict.RE: "Runtime Error",
    Verdict.CE: "Compilation Error",
    Verdict.IE: "Internal Error",
    Verdict.NOT_RUN: "Not Run",
}


@dataclass
class TestResult:
    """The outcome of one test; hidden tests carry nothing but verdict and time."""

    name: str
    hidden: bool
    verdict: Verdict
    time_ms: float = 0.0
    input: Any = None
    expected: Any = None
    output: Any = None
    stdout: str = ""
    error: str = ""
    category: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form; hidden tests expose only name, verdict and time."""
        d: dict[str, Any] = {
            "name": self.name,
            "hidden": self.hidden,
            "verdict": self.verdict.value,
            "time_ms": round(self.time_ms, 3),
        }
        if not self.hidden:
            d.update(
                input=self.input,
                expected=self.expected,
                output=self.output,
                stdout=self.stdout,
                error=self.error,
            )
        return d


@dataclass
class GradeResult:
    """A whole grading run: the overall verdict and one :class:`TestResult` per test."""

    problem: str
    language: str
    verdict: Verdict
    tests: list[TestResult] = field(default_factory=list)
    time_ms: float = 0.0
    compile_output: str = ""
    message: str = ""
    stopped: bool = False
    """Ended by a cancel (Stop) before every test ran: the verdict is ``NOT_RUN``, no judgement."""

    @property
    def passed(self) -> int:
        """Number of accepted tests."""
        return sum(t.verdict is Verdict.AC for t in self.tests)

    @property
    def total(self) -> int:
        """Number of tests (run or not)."""
        return len(self.tests)

    @property
    def first_failure(self) -> TestResult | None:
        """The first test that did not pass, in order."""
        return next((t for t in self.tests if t.verdict is not Verdict.AC), None)

    def to_dict(self) -> dict[str, Any]:
        """The ``interview run --json`` object."""
        d: dict[str, Any] = {
            "problem": self.problem,
            "language": self.language,
            "verdict": self.verdict.value,
            "label": "Stopped" if self.stopped else self.verdict.label,
            "passed": self.passed,
            "total": self.total,
            "time_ms": round(self.time_ms, 3),
            "tests": [t.to_dict() for t in self.tests],
        }
        if self.compile_output:
            d["compile_output"] = self.compile_output
        if self.message:
            d["message"] = self.message
        if self.stopped:
            d["stopped"] = True
        return d


def overall_verdict(tests: list[TestResult], compiled: bool = True) -> Verdict:
    """``CE`` if it did not build, else the first failing test's verdict, else ``AC``."""
    if not compiled:
        return Verdict.CE
    for t in tests:
        if t.verdict is Verdict.NOT_RUN:
            return Verdict.TLE
        if t.verdict is not Verdict.AC:
            return t.verdict
    return Verdict.AC if tests else Verdict.IE


_HARNESS_LINE = re.compile(r"^(In file included from|\s+from)\s+(main|harness|Main)\.\w+:\d+")


def clean_compile_output(text: str) -> str:
    """The compiler's messages without the lines that name the judge's own harness files.

    The candidate's code is compiled as its own file (``solution.cpp``), so the
    remaining line numbers are already the candidate's; only the "In file
    included from main.cpp:3" preamble is about us.

    Examples
    --------
    >>> clean_compile_output("In file included from main.cpp:3:")
    ''
    """
    return "\n".join(line for line in text.splitlines() if not _HARNESS_LINE.match(line))


def first_compile_error(text: str) -> str:
    """The compiler's first error line (else its first line): what a person quotes."""
    lines = [ln.strip() for ln in clean_compile_output(text).splitlines() if ln.strip()]
    return next((ln for ln in lines if "error" in ln.lower()), lines[0] if lines else "")
