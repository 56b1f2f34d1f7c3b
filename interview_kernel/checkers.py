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


def check(problem: Problem, test: TestCase, output: Any) -> tuple[bool, str]:
    """Compare one output with a test's expectation using the problem's checker."""
    return _REGISTRY[problem.checker.kind](test, output, problem)
