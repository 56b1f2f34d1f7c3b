"""Checkers: compare an output with the expected value, on the trusted side only.

Each checker is a pure function ``(expected, output, problem) -> (ok, message)``,
registered by kind. Outputs arrive as plain data from the sandbox; nothing the
candidate wrote is ever called here.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any

from .problem import Problem, TestCase

CheckFn = Callable[[TestCase, Any, Problem], "tuple[bool, str]"]
_REGISTRY: dict[str, CheckFn] = {}


def checker(kind: str) -> Callable[[CheckFn], CheckFn]:
    """Register a checker function under a kind name."""

    def deco(fn: CheckFn) -> CheckFn:
        _REGISTRY[kind] = fn
        return fn

    return deco


def _norm(x: Any) -> Any:
    """Lists and tuples compare alike (JSON has no tuples); bool is not an int."""
    if isinstance(x, (list, tuple)):
        return [_norm(v) for v in x]
    if isinstance(x, dict):
        return {k: _norm(v) for k, v in x.items()}
    return x


def _same(a: Any, b: Any) -> bool:
    if type(a) is bool or type(b) is bool:
        return type(a) is type(b) and a == b
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    return (
        type(a) in (int, float)
        and type(b) in (int, float)
        and a == b
        or (type(a) is type(b) and a == b)
    )


@checker("exact")
def exact(test: TestCase, output: Any, problem: Problem) -> tuple[bool, str]:
    """Equal values (tuples equal lists; ``True`` is not ``1``)."""
    return _same(_norm(test.expected), _norm(output)), ""


def _close(a: Any, b: Any, abs_tol: float, rel_tol: float) -> bool:
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(
            _close(x, y, abs_tol, rel_tol) for x, y in zip(a, b, strict=True)
        )
    num = (int, float)
    if type(a) in num and type(b) in num:
        if math.isnan(a) or math.isnan(b):
            return math.isnan(a) and math.isnan(b)
        return math.isclose(a, b, abs_tol=abs_tol, rel_tol=rel_tol)
    return _same(_norm(a), _norm(b))


@checker("float")
def float_tolerance(test: TestCase, output: Any, problem: Problem) -> tuple[bool, str]:
    """Numbers (and lists of numbers) within the problem's absolute or relative tolerance."""
    c = problem.checker
    return _close(test.expected, output, c.abs_tol, c.rel_tol), ""


def _key(x: Any) -> str:
    return json.dumps(_norm(x), sort_keys=True, default=repr)


@checker("unordered")
def unordered(test: TestCase, output: Any, problem: Problem) -> tuple[bool, str]:
    """The same elements in any order (a multiset comparison)."""
    if not isinstance(output, (list, tuple, set, frozenset)):
        return False, "expected a collection"
    exp = test.expected
    return sorted(map(_key, exp)) == sorted(map(_key, output)), ""


@checker("any_of")
def any_of(test: TestCase, output: Any, problem: Problem) -> tuple[bool, str]:
    """Any one of several valid answers."""
    return any(_same(_norm(e), _norm(output)) for e in test.expected), ""


@checker("custom")
def custom(test: TestCase, output: Any, problem: Problem) -> tuple[bool, str]:
    """The author's ``check(input, expected, output)`` from ``checker.py`` (trusted code).

    It returns ``True``/``False`` or a message string (a failure reason).
    """
    namespace: dict[str, Any] = {}
    exec(compile(problem.custom_checker, f"{problem.id}/checker.py", "exec"), namespace)
    verdict = namespace["check"](test.input, test.expected, output)
    if isinstance(verdict, str):
        return False, verdict
    return bool(verdict), ""


# -- program output (text) ---------------------------------------------------------------

_TEXT_REGISTRY: dict[str, CheckFn] = {}


def text_checker(kind: str) -> Callable[[CheckFn], CheckFn]:
    """Register a checker of a program problem's output text under a kind name."""

    def deco(fn: CheckFn) -> CheckFn:
        _TEXT_REGISTRY[kind] = fn
        return fn

    return deco


def _lines(text: str) -> list[str]:
    """Lines of output, line endings normalised, one final newline not counted."""
    text = text.replace("\r\n", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    return text.split("\n") if text else []


def _show(s: str, width: int = 60) -> str:
    return repr(s if len(s) <= width else s[:width] + "...")


def _first_difference(expected: list[str], got: list[str], what: str) -> str:
    """Where two sequences (lines or tokens) first differ, as a candidate reads it."""
    for i, (e, g) in enumerate(zip(expected, got, strict=False)):
        if e != g:
            return f"{what} {i + 1}: expected {_show(e)}, got {_show(g)}"
    if len(got) < len(expected):
        return f"{what} {len(got) + 1}: expected {_show(expected[len(got)])}, got end of output"
    if len(got) > len(expected):
        return (
            f"{what} {len(expected) + 1}: expected end of output, got {_show(got[len(expected)])}"
        )
    return ""


def _as_text(output: Any) -> str | None:
    return output if isinstance(output, str) else None


@text_checker("exact")
def exact_text(test: TestCase, output: Any, problem: Problem) -> tuple[bool, str]:
    r"""The same text, line by line (``\r\n`` is ``\n``; one final newline optional).

    >>> exact_text(TestCase(name="t", input={}, expected="1 2\n"), "1 2", None)
    (True, '')
    >>> exact_text(TestCase(name="t", input={}, expected="1 2\n"), "1  2\n", None)[0]
    False
    """
    text = _as_text(output)
    if text is None:
        return False, "no output text"
    want, got = _lines(str(test.expected or "")), _lines(text)
    return want == got, _first_difference(want, got, "line")


@text_checker("whitespace")
def whitespace_text(test: TestCase, output: Any, problem: Problem) -> tuple[bool, str]:
    r"""The same words on the same lines: runs of blanks, line ends, trailing blank lines ignored.

    >>> whitespace_text(TestCase(name="t", input={}, expected="1 2\n3"), " 1   2 \n3\n\n", None)
    (True, '')
    """
    text = _as_text(output)
    if text is None:
        return False, "no output text"

    def norm(s: str) -> list[str]:
        rows = [" ".join(line.split()) for line in s.replace("\r\n", "\n").split("\n")]
        while rows and not rows[-1]:
            rows.pop()
        return rows

    want, got = norm(str(test.expected or "")), norm(text)
    return want == got, _first_difference(want, got, "line")


@text_checker("tokens")
def token_text(test: TestCase, output: Any, problem: Problem) -> tuple[bool, str]:
    r"""The same whitespace-separated tokens in order; line breaks count as spaces.

    >>> token_text(TestCase(name="t", input={}, expected="1 2 3"), "1\n2\n3\n", None)
    (True, '')
    """
    text = _as_text(output)
    if text is None:
        return False, "no output text"
    want, got = str(test.expected or "").split(), text.split()
    return want == got, _first_difference(want, got, "token")


def _number(token: str) -> float | None:
    try:
        value = float(token)
    except ValueError:
        return None
    return value


@text_checker("float")
def float_text(test: TestCase, output: Any, problem: Problem) -> tuple[bool, str]:
    r"""Tokens in order; where the expected token is a number, within the tolerance.

    >>> p = Problem.model_validate({"id": "p", "title": "p", "difficulty": "easy",
    ...     "kind": "program", "checker": {"kind": "float", "abs_tol": 1e-3},
    ...     "tests": [{"name": "t", "stdin": "", "stdout": "0.3333"}]})
    >>> float_text(p.tests[0], "0.33331\n", p)
    (True, '')
    """
    text = _as_text(output)
    if text is None:
        return False, "no output text"
    c = problem.checker
    want, got = str(test.expected or "").split(), text.split()
    if len(want) != len(got):
        return False, _first_difference(want, got, "token")
    for i, (w, g) in enumerate(zip(want, got, strict=True)):
        a, b = _number(w), _number(g)
        if a is None or b is None:
            same = w == g
        elif math.isnan(a) or math.isnan(b):
            same = math.isnan(a) and math.isnan(b)
        else:
            same = math.isclose(a, b, abs_tol=c.abs_tol, rel_tol=c.rel_tol)
        if not same:
            return False, f"token {i + 1}: expected {_show(w)}, got {_show(g)}"
    return True, ""


text_checker("custom")(custom)


def check(problem: Problem, test: TestCase, output: Any) -> tuple[bool, str]:
    """Compare one output with a test's expectation using the problem's checker.

    A program problem's output is the text it printed, compared by the text checkers.
    """
    registry = _TEXT_REGISTRY if problem.kind == "program" else _REGISTRY
    return registry[problem.checker.kind](test, output, problem)
