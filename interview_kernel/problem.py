"""The problem model: what a problem folder's ``problem.yaml`` and ``tests.yaml`` may say.

Pure data and validation, no I/O: :mod:`interview_kernel.bank.loader` reads the files.
``interview problems schema`` exports the JSON Schema for authors.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Difficulty = Literal["easy", "medium", "hard"]
CheckerKind = Literal["exact", "float", "unordered", "any_of", "custom", "whitespace", "tokens"]
ProblemKind = Literal["function", "design", "program"]
PROGRAM_CHECKERS = ("exact", "whitespace", "tokens", "float", "custom")
"""Checkers of a program problem's output text (see :mod:`interview_kernel.checkers`)."""

#: The 18 patterns that study lists group problems by (``pattern:`` in problem.yaml).
PATTERNS: dict[str, str] = {
    "arrays-hashing": "Arrays and hashing",
    "two-pointers": "Two pointers",
    "sliding-window": "Sliding window",
    "stack": "Stack",
    "binary-search": "Binary search",
    "linked-list": "Linked list",
    "trees": "Trees",
    "tries": "Tries",
    "heap": "Heap / priority queue",
    "backtracking": "Backtracking",
    "graphs": "Graphs",
    "advanced-graphs": "Advanced graphs",
    "dp-1d": "1-D dynamic programming",
    "dp-2d": "2-D dynamic programming",
    "greedy": "Greedy",
    "intervals": "Intervals",
    "math-geometry": "Math and geometry",
    "bit-manipulation": "Bit manipulation",
}
Pattern = Literal[
    "arrays-hashing",
    "two-pointers",
    "sliding-window",
    "stack",
    "binary-search",
    "linked-list",
    "trees",
    "tries",
    "heap",
    "backtracking",
    "graphs",
    "advanced-graphs",
    "dp-1d",
    "dp-2d",
    "greedy",
    "intervals",
    "math-geometry",
    "bit-manipulation",
]
ClarificationAbout = Literal[
    "input", "empty", "duplicates", "order", "range", "output", "edge", "size", "format"
]

_TYPE_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_\[\], ]*$")
_ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Param(_Model):
    """One parameter of the function the candidate writes."""

    name: str = Field(description="Parameter name in snake_case, as in the Python signature.")
    type: str = Field(description="Type in Python notation: int, list[int], list[list[str]], ...")

    @field_validator("type")
    @classmethod
    def _type_ok(cls, v: str) -> str:
        if not _TYPE_RE.match(v):
            raise ValueError(f"{v!r} is not a type; write it like int or list[list[int]]")
        return v


class Signature(_Model):
    """The typed function signature; starter code in every language derives from it."""

    name: str = Field(description="Function name in snake_case; other languages use camelCase.")
    params: list[Param] = Field(default_factory=list)
    returns: str = Field(description="Return type in Python notation.")

    @property
    def camel_name(self) -> str:
        """The name in camelCase, as LeetCode-style ``class Solution`` methods spell it."""
        head, *rest = self.name.split("_")
        return head + "".join(p[:1].upper() + p[1:] for p in rest)


class Method(_Model):
    """One method of a class-design problem's class."""

    name: str = Field(description="Method name; other languages use its camelCase form.")
    params: list[Param] = Field(default_factory=list)
    returns: str = Field("None", description="Return type in Python notation; None for void.")

    @field_validator("returns")
    @classmethod
    def _returns_ok(cls, v: str) -> str:
        if not _TYPE_RE.match(v):
            raise ValueError(f"{v!r} is not a type; write it like int, list[int] or None")
        return v


class Design(_Model):
    """A class to implement (an LRU cache): its constructor and methods.

    Its tests are LeetCode's format: ``input`` holds ``operations`` (the class name,
    then method names) and ``arguments`` (one list per operation, the first for the
    constructor); ``expected`` lists every operation's return, ``None`` for the
    constructor and for methods that return nothing.
    """

    class_name: str = Field(description="The class candidates write, e.g. LRUCache.")
    constructor: list[Param] = Field(default_factory=list, description="Constructor parameters.")
    methods: list[Method] = Field(default_factory=list)

    @field_validator("class_name")
    @classmethod
    def _class_ok(cls, v: str) -> str:
        if not re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", v):
            raise ValueError(f"{v!r} is not a class name")
        return v


DESIGN_PARAMS = [
    {"name": "operations", "type": "list[str]"},
    {"name": "arguments", "type": "list[list[any]]"},
]


PROGRAM_PARAMS = [{"name": "stdin", "type": "str"}]
"""A program problem's signature: one parameter, the standard-input text."""


class Checker(_Model):
    """How an output is compared with the expected value (on the trusted side).

    Program problems compare output *text*: ``exact`` (line endings and one final
    newline aside), ``whitespace`` (runs of blanks, line ends and trailing blank
    lines ignored), ``tokens`` (whitespace-separated tokens, line breaks ignored),
    ``float`` (tokens; numbers within the tolerance) or ``custom``.
    """

    kind: CheckerKind = "exact"
    abs_tol: float = Field(1e-6, description="float: absolute tolerance.")
    rel_tol: float = Field(1e-6, description="float: relative tolerance.")


class Limits(_Model):
    """Per-problem overrides of the sandbox limits."""

    cpu_seconds: float = Field(2.0, gt=0, le=30, description="CPU time per test.")
    wall_seconds: float = Field(30.0, gt=0, le=300, description="Wall-clock budget per run.")
    memory_mb: int = Field(512, ge=16, le=4096, description="Address space per test (Python).")
    output_kb: int = Field(1024, ge=1, le=65536, description="stdout+stderr cap per test.")
    file_size_kb: int = Field(1024, ge=0, le=65536, description="Largest file a test may write.")
    open_files: int = Field(64, ge=16, le=1024)
    processes: int = Field(16, ge=1, le=256, description="Processes and threads per test.")


class Complexity(_Model):
    """Target complexity, in big-O notation."""

    time: str = ""
    space: str = ""


class TestCase(_Model):
    """One test: named arguments in, one expected value out.

    A program problem's test may say ``stdin:`` and ``stdout:`` instead of
    ``input: {stdin: ...}`` and ``expected:``.
    """

    name: str
    input: dict[str, Any] = Field(description="Arguments by parameter name.")
    expected: Any = Field(None, description="Expected return value (any_of: list of answers).")
    hidden: bool = False
    category: str = Field("", description="Edge-case category, said of a hidden failure.")
    program: str = Field(
        "",
        description="Program-style assertion test (imported sets): a test program compiled or"
        " run together with the candidate's code (appended to it); it passes by the set's own"
        " rule: exit status 0 and, in JavaScript, nothing on stderr.",
    )

    @model_validator(mode="before")
    @classmethod
    def _stdin_shorthand(cls, data: Any) -> Any:
        if isinstance(data, dict) and ("stdin" in data or "stdout" in data):
            data = dict(data)
            if "stdin" in data:
                data["input"] = {"stdin": _text(data.pop("stdin"))}
            if "stdout" in data:
                data["expected"] = _text(data.pop("stdout"))
        return data


def _text(value: Any) -> Any:
    """YAML reads ``stdin: 5`` as a number: program input and output are text."""
    return value if isinstance(value, str) or value is None else str(value)


class Source(_Model):
    """Where an imported problem comes from, and under which licence (kept with every problem)."""

    name: str = Field(description="The set's name: HumanEval-X, MBPP, ...")
    url: str = Field("", description="Where the set is published.")
    license: str = Field(description="The set's licence (SPDX id): Apache-2.0, CC-BY-4.0, MIT...")
    task_id: str = Field("", description="The task's id in the set.")
    attribution: str = Field("", description="The credit the licence asks for.")


class Clarification(_Model):
    """A question candidates ask about the problem, and the interviewer's answer.

    ``ask`` holds words or short phrases such a question contains (lowercase, matched
    as substrings); the answer agrees with the statement and the tests.
    """

    about: ClarificationAbout = Field(description="What the question is about.")
    ask: list[str] = Field(min_length=1, description="Phrases that mark the question.")
    answer: str = Field(min_length=1, description="The interviewer's answer, in prose.")


class Problem(_Model):
    """A coding problem as the grader and the UI see it."""

    id: str
    title: str
    kind: ProblemKind = Field(
        "function",
        description="function: one call per test; design: a class, a call sequence;"
        " program: a whole program, standard input to standard output.",
    )
    design: Design | None = Field(None, description="kind design: the class to implement.")
    difficulty: Difficulty
    topics: list[str] = Field(default_factory=list)
    pattern: Pattern | None = Field(None, description="The study-list pattern it practises.")
    companies: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    estimated_minutes: int = Field(30, ge=1, le=240)
    version: int = Field(1, ge=1)
    statement: str = Field("", description="Markdown; loaded from statement.md.")
    signature: Signature
    checker: Checker = Field(default_factory=lambda: Checker())
    limits: Limits = Field(default_factory=lambda: Limits())
    complexity: Complexity = Field(default_factory=lambda: Complexity())
    hints: list[str] = Field(default_factory=list, description="Ladder: nudge first, then more.")
    clarifications: list[Clarification] = Field(
        default_factory=list, description="Questions candidates ask, with the answers."
    )
    tests: list[TestCase] = Field(default_factory=list)
    reference: dict[str, str] = Field(default_factory=dict, description="{language: source}")
    starter: dict[str, str] = Field(default_factory=dict, description="{language: code} overrides")
    custom_checker: str = Field("", description="Source of check(input, expected, output).")
    assertions: str = Field("", description="Source of check(candidate), HumanEval style.")
    prompt: str = Field("", description="Code the candidate's completion is appended to.")
    source: Source | None = Field(None, description="Imported problems: the set and licence.")
    folder: str = Field("", exclude=True, description="Set by the loader: the problem's folder.")

    @model_validator(mode="before")
    @classmethod
    def _design_signature(cls, data: Any) -> Any:
        """A design problem's signature is its test format (operations, arguments)."""
        if isinstance(data, dict) and data.get("kind") == "design" and "signature" not in data:
            design = data.get("design") or {}
            name = design.get("class_name", "design") if isinstance(design, dict) else "design"
            data = {
                **data,
                "signature": {"name": name, "params": DESIGN_PARAMS, "returns": "list[any]"},
            }
        if isinstance(data, dict) and data.get("kind") == "program" and "signature" not in data:
            data = {
                **data,
                "signature": {"name": "main", "params": PROGRAM_PARAMS, "returns": "str"},
            }
        return data

    @field_validator("id")
    @classmethod
    def _id_ok(cls, v: str) -> str:
        if not _ID_RE.match(v):
            raise ValueError(f"{v!r} is not a valid id; use lowercase words joined by '-'")
        return v

    @model_validator(mode="after")
    def _consistent(self) -> Problem:
        if (self.kind == "design") != (self.design is not None):
            raise ValueError(
                "kind 'design' and a `design:` section go together; give both or neither"
            )
        if self.design is not None:
            self._check_design_tests()
        if self.kind == "program":
            if self.checker.kind not in PROGRAM_CHECKERS:
                raise ValueError(
                    f"checker {self.checker.kind!r} does not compare program output; use one"
                    f" of {', '.join(PROGRAM_CHECKERS)}"
                )
            if [p.name for p in self.signature.params] != ["stdin"]:
                raise ValueError("a program problem's only input is `stdin`; drop `signature:`")
        elif self.checker.kind in ("whitespace", "tokens"):
            raise ValueError(
                f"checker {self.checker.kind!r} compares program output; use it with kind program"
            )
        elif any(t.program for t in self.tests):
            raise ValueError("test programs (`program:`) belong to kind program")
        names = [p.name for p in self.signature.params]
        for i, t in enumerate(self.tests):
            missing = [n for n in names if n not in t.input]
            extra = [k for k in t.input if k not in names]
            if missing or extra:
                raise ValueError(
                    f"tests[{i}] ({t.name}): input must have exactly the parameters {names}"
                    f" (missing {missing}, unexpected {extra})"
                )
            if self.checker.kind == "any_of" and not isinstance(t.expected, list):
                raise ValueError(f"tests[{i}] ({t.name}): any_of expects a list of valid answers")
        if self.checker.kind == "custom" and not self.custom_checker:
            raise ValueError("checker kind 'custom' needs a checker.py defining check(...)")
        if not self.tests and not self.assertions:
            raise ValueError("a problem needs tests (tests.yaml) or assertions (check.py)")
        return self

    def _check_design_tests(self) -> None:
        assert self.design is not None
        known = {m.name for m in self.design.methods} | {
            camel_case(m.name) for m in self.design.methods
        }
        for i, t in enumerate(self.tests):
            ops, args = t.input.get("operations"), t.input.get("arguments")
            if not isinstance(ops, list) or not isinstance(args, list) or len(ops) != len(args):
                raise ValueError(
                    f"tests[{i}] ({t.name}): a design test needs `operations` and `arguments`"
                    " lists of the same length"
                )
            if not ops or ops[0] != self.design.class_name:
                raise ValueError(
                    f"tests[{i}] ({t.name}): operations[0] must be {self.design.class_name!r}"
                    " (the constructor call)"
                )
            unknown = sorted({str(o) for o in ops[1:]} - known)
            if unknown:
                raise ValueError(f"tests[{i}] ({t.name}): unknown operations {unknown}")
            if not isinstance(t.expected, list) or len(t.expected) != len(ops):
                raise ValueError(
                    f"tests[{i}] ({t.name}): expected must list one return per operation"
                    " (None for the constructor and for void methods)"
                )

    @property
    def visible_tests(self) -> list[TestCase]:
        """The tests a candidate may see."""
        return [t for t in self.tests if not t.hidden]


def camel_case(name: str) -> str:
    """``snake_case`` as ``snakeCase``: how methods are spelt outside Python."""
    head, *rest = name.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of ``problem.yaml`` (with tests inline), for authors' editors."""
    return Problem.model_json_schema()
