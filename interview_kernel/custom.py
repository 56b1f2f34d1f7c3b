"""Custom test input in LeetCode's raw format: parse, check against the signature, format.

The Testcase panel and ``interview run --input`` take what LeetCode's Testcase tab
takes: one JSON value per line, one line per parameter in signature order, cases
one after another. A class-design problem's case is two lines, the operations
(``["LRUCache","put","get"]``) and their argument lists (``[[2],[1,1],[1]]``).
Every value is checked against the parameter's type here, before anything runs,
so a typo reads as "case 2, target (line 4): expected an integer, got a string",
not as a crash of the candidate's code. Pure: no I/O; the expected outputs come
from the reference solution, run by :meth:`interview_kernel.Grader.grade`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from .errors import CustomInputError
from .problem import Problem, TestCase, camel_case

MAX_CASES = 20
"""More custom cases than this in one run are refused (a Run is meant to be fast)."""
MAX_RAW_CHARS = 200_000
"""The largest raw input accepted, in characters."""
NAME_PREFIX = "custom-"
"""Custom cases are named ``custom-1``, ``custom-2``... in results and the DOM."""

_LIST_RE = re.compile(r"^(?:list|List)\[(.+)\]$")
_NODE_TYPES = {"ListNode": "int", "TreeNode": "int?"}  # LeetCode's array notation
_NAMES = {
    "int": "an integer",
    "float": "a number",
    "str": 'a string in double quotes ("abc")',
    "bool": "true or false",
}


def _kind(value: Any) -> str:
    """How a JSON value reads in an error message."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number with a fraction"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "an object"


def type_error(value: Any, type_: str) -> str | None:
    """Why ``value`` (parsed JSON) is not of the signature type ``type_``; ``None`` if it is.

    Types are written in Python notation (``int``, ``list[list[str]]``);
    ``ListNode`` and ``TreeNode`` take LeetCode's array forms (a tree's missing
    children are ``null``). Unknown types (``any``, ``dict[...]``) take any value.

    Examples
    --------
    >>> type_error([1, 2], "list[int]") is None
    True
    >>> type_error([1, "2"], "list[int]")
    'item 2: expected an integer, got a string'
    """
    type_ = type_.strip()
    if type_ in _NODE_TYPES:
        inner = _NODE_TYPES[type_]
        if not isinstance(value, list):
            return f"expected a list such as [1,2,3] for a {type_}, got {_kind(value)}"
        for i, item in enumerate(value):
            if item is None and inner.endswith("?"):
                continue
            if isinstance(item, bool) or not isinstance(item, int):
                return f"item {i + 1}: expected an integer, got {_kind(item)}"
        return None
    match = _LIST_RE.match(type_)
    if match:
        if not isinstance(value, list):
            return f"expected a list, got {_kind(value)}"
        for i, item in enumerate(value):
            why = type_error(item, match.group(1))
            if why is not None:
                return f"item {i + 1}: {why}"
        return None
    ok = {
        "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "float": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "str": lambda v: isinstance(v, str),
        "bool": lambda v: isinstance(v, bool),
    }.get(type_)
    if ok is None or ok(value):
        return None
    return f"expected {_NAMES[type_]}, got {_kind(value)}"


def _parse_json(line: str) -> tuple[Any, str | None]:
    try:
        return json.loads(line), None
    except json.JSONDecodeError as exc:
        hint = ""
        if re.search(r"\b(True|False|None)\b", line):
            hint = " (write true, false and null)"
        elif "'" in line:
            hint = ' (strings take double quotes: "abc")'
        return None, f"not a JSON value{hint}: {exc.msg} at column {exc.colno}"


def parse_cases(problem: Problem, raw: str) -> list[TestCase]:
    """The custom cases in ``raw``, named ``custom-1``..., inputs checked; no expected values.

    Blank lines are ignored, so cases may be separated by one.

    Raises
    ------
    CustomInputError
        With one message per bad field; nothing is run until every field is right.
    """
    if len(raw) > MAX_RAW_CHARS:
        raise CustomInputError(
            [("input", f"longer than {MAX_RAW_CHARS // 1000}k characters; use smaller cases")]
        )
    if problem.kind == "program":
        return _program_cases(raw)
    lines = [(n, line.strip()) for n, line in enumerate(raw.splitlines(), 1) if line.strip()]
    params = [p.name for p in problem.signature.params]
    per_case = len(params)
    if not lines:
        return []
    if per_case == 0:
        raise CustomInputError([("input", "this problem takes no input; leave the box empty")])
    if len(lines) % per_case:
        raise CustomInputError(
            [
                (
                    f"case {len(lines) // per_case + 1}",
                    f"incomplete: each case is {per_case} line(s), one per parameter "
                    f"({', '.join(params)}), and the last case has {len(lines) % per_case}",
                )
            ]
        )
    count = len(lines) // per_case
    if count > MAX_CASES:
        raise CustomInputError([("input", f"{count} cases; run at most {MAX_CASES} at a time")])
    problems: list[tuple[str, str]] = []
    cases: list[TestCase] = []
    for k in range(count):
        values: dict[str, Any] = {}
        found = len(problems)
        for j, param in enumerate(problem.signature.params):
            number, line = lines[k * per_case + j]
            where = f"case {k + 1}, {param.name} (line {number})"
            value, why = _parse_json(line)
            if why is None and problem.design is None:
                why = type_error(value, param.type)
            if why is not None:
                problems.append((where, why))
            values[param.name] = value
        if problem.design is not None and len(problems) == found:
            problems.extend(_design_problems(problem, k + 1, values))
        cases.append(TestCase(name=f"{NAME_PREFIX}{k + 1}", input=values, category="custom"))
    if problems:
        raise CustomInputError(problems)
    return cases


CASE_SEPARATOR = "---"
"""A program problem's custom cases are its stdin texts, separated by a line ``---``."""


def _program_cases(raw: str) -> list[TestCase]:
    r"""A program problem's custom cases: the stdin text as typed, cases split at ``---`` lines.

    >>> [c.input["stdin"] for c in _program_cases("3\n1 2 3\n---\n1\n5")]
    ['3\n1 2 3\n', '1\n5\n']
    """
    chunks: list[list[str]] = [[]]
    for line in raw.replace("\r\n", "\n").split("\n"):
        if line.strip() == CASE_SEPARATOR:
            chunks.append([])
        else:
            chunks[-1].append(line)
    texts = ["\n".join(c).strip("\n") for c in chunks]
    texts = [t + "\n" for t in texts if t.strip()]
    if len(texts) > MAX_CASES:
        raise CustomInputError(
            [("input", f"{len(texts)} cases; run at most {MAX_CASES} at a time")]
        )
    return [
        TestCase(name=f"{NAME_PREFIX}{k + 1}", input={"stdin": t}, category="custom")
        for k, t in enumerate(texts)
    ]


def _design_problems(problem: Problem, case: int, values: dict[str, Any]) -> list[tuple[str, str]]:
    """What is wrong with one class-design case (operations and their argument lists)."""
    design = problem.design
    assert design is not None
    ops, args = values.get("operations"), values.get("arguments")
    where = f"case {case}"
    if not isinstance(ops, list) or not all(isinstance(o, str) for o in ops):
        return [(f"{where}, operations", 'expected a list of names, e.g. ["LRUCache","get"]')]
    if not isinstance(args, list) or not all(isinstance(a, list) for a in args):
        return [(f"{where}, arguments", "expected a list of argument lists, e.g. [[2],[1]]")]
    if len(ops) != len(args):
        return [
            (
                f"{where}, arguments",
                f"{len(args)} argument lists for {len(ops)} operations; give one per operation",
            )
        ]
    if not ops or ops[0] != design.class_name:
        return [
            (f"{where}, operations", f"must start with {design.class_name!r} (the constructor)")
        ]
    methods = {m.name: m for m in design.methods}
    methods.update({camel_case(m.name): m for m in design.methods})
    out: list[tuple[str, str]] = []
    for i, (op, arg) in enumerate(zip(ops, args, strict=True)):
        params = design.constructor if i == 0 else getattr(methods.get(op), "params", None)
        if params is None:
            known = ", ".join(sorted(m.name for m in design.methods))
            out.append(
                (f"{where}, operations", f"item {i + 1}: unknown operation {op!r} ({known})")
            )
            continue
        if len(arg) != len(params):
            out.append(
                (
                    f"{where}, arguments",
                    f"item {i + 1} ({op}): takes {len(params)} argument(s), got {len(arg)}",
                )
            )
            continue
        for p, v in zip(params, arg, strict=True):
            why = type_error(v, p.type)
            if why is not None:
                out.append((f"{where}, arguments", f"item {i + 1} ({op}), {p.name}: {why}"))
    return out


def format_cases(problem: Problem, tests: Sequence[TestCase]) -> str:
    """``tests``' inputs in the raw format (the Testcase panel is prefilled with the examples).

    A program problem's cases are their stdin texts, separated by ``---`` lines.
    """
    if problem.kind == "program":
        texts = [str(t.input.get("stdin", "")).rstrip("\n") for t in tests]
        return f"\n{CASE_SEPARATOR}\n".join(texts)
    lines = [
        json.dumps(t.input[p.name], separators=(",", ":"), ensure_ascii=False)
        for t in tests
        for p in problem.signature.params
    ]
    return "\n".join(lines)
