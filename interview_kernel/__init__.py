"""Jupyter interview notebooks: the headless library.

Grades candidate code in an isolated, sandboxed Jupyter kernel and exposes the
problem bank. The UI (``widgets``) and the notebooks build on this; nothing here
imports ipywidgets.

Examples
--------
>>> from interview_kernel import Grader, load_problem
>>> with Grader() as g:                                     # doctest: +SKIP
...     result = g.grade(load_problem("two-sum"), source, language="python")
>>> result.verdict, result.passed, result.total            # doctest: +SKIP
"""

from .bank.loader import list_problems, load_problem
from .errors import (
    InterviewError,
    ProblemFormatError,
    SandboxUnavailableError,
    SourceError,
    UnknownLanguageError,
    UnknownProblemError,
)
from .grading.grader import Grader
from .problem import Problem, TestCase
from .result import GradeResult, TestResult, Verdict

__all__ = [
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
