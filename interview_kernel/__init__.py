"""Jupyter interview notebooks: the headless library.

Grades candidate code in an isolated, sandboxed Jupyter kernel and exposes the
problem bank. The UI (``widgets``) and the notebooks build on this; nothing here
imports ipywidgets.

Importing the package is cheap: the names below load their modules on first
use (PEP 562), so ``import interview_kernel`` pulls in neither jupyter_client,
zmq nor SQLAlchemy.

Examples
--------
>>> from interview_kernel import Grader, load_problem
>>> with Grader() as g:                                     # doctest: +SKIP
...     result = g.grade(load_problem("two-sum"), source, language="python")
>>> result.verdict, result.passed, result.total            # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._lazy import lazy_exports

if TYPE_CHECKING:
    from .bank.loader import list_problems, load_problem
    from .errors import (
        InterviewError,
        ProblemFormatError,
        SandboxUnavailableError,
        SourceError,
        UnknownLanguageError,
        UnknownProblemError,
    )
    from .grading.cancel import CancelToken
    from .grading.grader import Grader
    from .problem import Problem, TestCase
    from .result import GradeResult, TestResult, Verdict

_WHERE = {
    "CancelToken": ".grading.cancel",
    "Grader": ".grading.grader",
    "GradeResult": ".result",
    "InterviewError": ".errors",
    "Problem": ".problem",
    "ProblemFormatError": ".errors",
    "SandboxUnavailableError": ".errors",
    "SourceError": ".errors",
    "TestCase": ".problem",
    "TestResult": ".result",
    "UnknownLanguageError": ".errors",
    "UnknownProblemError": ".errors",
    "Verdict": ".result",
    "list_problems": ".bank.loader",
    "load_problem": ".bank.loader",
}

__all__ = [
    "CancelToken",
    "Grader",
    "GradeResult",
    "InterviewError",
    "Problem",
    "ProblemFormatError",
    "SandboxUnavailableError",
    "SourceError",
    "TestCase",
    "TestResult",
    "UnknownLanguageError",
    "UnknownProblemError",
    "Verdict",
    "list_problems",
    "load_problem",
]


__getattr__, __dir__ = lazy_exports(__name__, _WHERE, __all__)
