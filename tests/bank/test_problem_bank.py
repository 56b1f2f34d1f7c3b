"""The problem bank as data: every folder under ``problems/`` is complete and self-consistent.

The reference solutions are trusted author code, so they run here in-process (never
candidate code); their outputs must satisfy each test through the problem's own checker.
"""

from __future__ import annotations

import copy
import functools
import importlib.util
import random
import re
from collections import deque
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from interview_kernel import Problem, load_problem
from interview_kernel.bank.loader import problem_ids
from interview_kernel.checkers import check
from interview_kernel.problem import camel_case

BANK = Path(__file__).resolve().parents[2] / "problems"
IDS = problem_ids([BANK])
# Program problems (stdin to stdout) have no function to call in-process: their
# references run as programs in tests/bank/test_program_bank.py.
FUNCTIONS = [pid for pid in IDS if "kind: program" not in (BANK / pid / "problem.yaml").read_text()]

# File name of the reference per language, as the bank's authors write them.
REFERENCE_FILES = {
    "python": "solution.py",
    "javascript": "solution.js",
    "cpp": "solution.cpp",
    "java": "Solution.java",
}


class ListNode:
    """LeetCode's singly linked list node, as the harness provides it."""

    def __init__(self, val: int = 0, next: ListNode | None = None):  # noqa: A002
        self.val = val
        self.next = next


class TreeNode:
    """LeetCode's binary tree node, as the harness provides it."""

    def __init__(self, val: int = 0, left: TreeNode | None = None, right: TreeNode | None = None):
        self.val = val
        self.left = left
        self.right = right


def build_list(values: list[int]) -> ListNode | None:
    head = None
    for v in reversed(values):
        head = ListNode(v, head)
    return head


def dump_list(node: ListNode | None) -> list[int]:
    out = []
    while node is not None:
        out.append(node.val)
        node = node.next
        if len(out) > 10**6:
            raise AssertionError("the returned list has a cycle")
    return out


def build_tree(values: list[Any]) -> TreeNode | None:
    if not values or values[0] is None:
        return None
    root = TreeNode(values[0])
    queue = deque([root])
    i = 1
    while queue and i < len(values):
        node = queue.popleft()
        if i < len(values) and values[i] is not None:
            node.left = TreeNode(values[i])
            queue.append(node.left)
        i += 1
        if i < len(values) and values[i] is not None:
            node.right = TreeNode(values[i])
            queue.append(node.right)
        i += 1
    return root


def dump_tree(root: TreeNode | None) -> list[Any]:
    out: list[Any] = []
    queue: deque[TreeNode | None] = deque([root])
    while queue:
        node = queue.popleft()
        if node is None:
            out.append(None)
            continue
        out.append(node.val)
        queue.append(node.left)
        queue.append(node.right)
    while out and out[-1] is None:
        out.pop()
    return out


DECODE = {"ListNode": build_list, "TreeNode": build_tree}
ENCODE = {"ListNode": dump_list, "TreeNode": dump_tree}


@functools.cache
def problem(pid: str) -> Problem:
    return load_problem(pid, [BANK])


@functools.cache
def generator(pid: str) -> ModuleType | None:
    path = BANK / pid / "generator.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location(f"_bank_generator_{pid}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def reference_function(p: Problem, source: str | None = None, path: str = "reference") -> Any:
    namespace: dict[str, Any] = {"ListNode": ListNode, "TreeNode": TreeNode, "__name__": p.id}
    code = p.reference["python"] if source is None else source
    exec(compile(code, f"{p.id}/{path}/solution.py", "exec"), namespace)
    return namespace[p.signature.name]


def call(p: Problem, fn: Any, inputs: dict[str, Any]) -> Any:
    if p.design is not None:  # a class: construct it, then play the call sequence
        ops, arguments = copy.deepcopy(inputs["operations"]), copy.deepcopy(inputs["arguments"])
        obj = fn(*arguments[0])
        snake = {camel_case(m.name): m.name for m in p.design.methods}
        calls = zip(ops[1:], arguments[1:], strict=True)
        return [None] + [getattr(obj, snake.get(op, op))(*a) for op, a in calls]
    args = {}
    for param in p.signature.params:
        value = copy.deepcopy(inputs[param.name])
        args[param.name] = DECODE.get(param.type, lambda v: v)(value)
    out = fn(**args)
    return ENCODE.get(p.signature.returns, lambda v: v)(out)


# The classic interview topics the bank must cover (issue 4), each by at least two problems,
# with the topic tags that count for each.
TOPIC_GROUPS = {
    "arrays and hashing": {"arrays", "hashing"},
    "two pointers": {"two pointers"},
    "sliding window": {"sliding window"},
    "stack": {"stack", "monotonic stack"},
    "binary search": {"binary search"},
    "linked list": {"linked list"},
    "trees": {"trees", "binary search tree"},
    "tries": {"tries"},
    "heap": {"heap", "priority queue"},
    "backtracking": {"backtracking"},
    "graphs": {"graphs"},
    "1-D DP": {"1-D DP"},
    "2-D DP": {"2-D DP"},
    "greedy": {"greedy"},
    "intervals": {"intervals"},
    "math and geometry": {"math", "geometry"},
    "bit manipulation": {"bit manipulation"},
}


def test_the_bank_is_not_empty() -> None:
    assert len(IDS) >= 5
    assert "two-sum" in IDS


def test_the_bank_covers_the_interview_topics() -> None:
    problems = [problem(pid) for pid in IDS]
    assert len(problems) >= 40
    for group, tags in TOPIC_GROUPS.items():
        covering = [p.id for p in problems if tags & set(p.topics)]
        assert len(covering) >= 2, f"topic {group!r} has only {covering}"
    share = {
        d: sum(p.difficulty == d for p in problems) / len(problems)
        for d in ("easy", "medium", "hard")
    }
    assert 0.25 <= share["easy"] <= 0.35, share
    assert 0.45 <= share["medium"] <= 0.55, share
    assert 0.15 <= share["hard"] <= 0.25, share
    polyglot = [
        p.id
        for p in problems
        if all((BANK / p.id / "reference" / f).is_file() for f in REFERENCE_FILES.values())
    ]
    assert len(polyglot) >= 40, (
        f"only {len(polyglot)} problems have references in all four languages"
    )


@pytest.mark.parametrize("pid", IDS)
def test_loads_with_metadata(pid: str) -> None:
    p = problem(pid)
    assert p.id == pid
    assert p.title and p.topics and p.companies and p.roles
    assert p.complexity.time.startswith("O(") and p.complexity.space.startswith("O(")
    if p.design is None:  # a design problem's signature is its class's name and call format
        assert re.fullmatch(r"[a-z][a-z0-9_]*", p.signature.name), "signature.name is snake_case"
    statement = p.statement.lower()
    assert statement.count("example") >= 2, "the statement needs two worked examples"
    assert "constraints" in statement


@pytest.mark.parametrize("pid", IDS)
def test_has_enough_tests(pid: str) -> None:
    p = problem(pid)
    visible = [t for t in p.tests if not t.hidden]
    hidden = [t for t in p.tests if t.hidden]
    assert len(visible) >= 5, f"{pid}: {len(visible)} visible tests, need 5"
    assert len(hidden) >= 10, f"{pid}: {len(hidden)} hidden tests, need 10"
    assert all(t.category for t in hidden), f"{pid}: every hidden test names its category"
    names = [t.name for t in p.tests]
    assert len(names) == len(set(names)), f"{pid}: test names repeat"


@pytest.mark.parametrize("pid", IDS)
def test_hint_ladder_never_gives_the_code(pid: str) -> None:
    p = problem(pid)
    assert len(p.hints) >= 3, f"{pid}: a hint ladder needs nudge, approach and pseudocode"
    assert len(set(p.hints)) == len(p.hints)
    ref_dir = BANK / pid / "reference"
    files = sorted(ref_dir.iterdir()) if ref_dir.is_dir() else []
    sources = [f.read_text(encoding="utf-8") for f in files if f.is_file()]
    code_lines = {
        line.strip()
        for src in sources
        for line in src.splitlines()
        if len(line.strip()) >= 6 and not line.strip().startswith(("#", "//", "/*", "*"))
    }
    for i, hint in enumerate(p.hints):
        leaked = [line for line in code_lines if line in hint]
        assert not leaked, f"{pid}: hints[{i}] contains reference code {leaked[0]!r}"


@pytest.mark.parametrize("pid", FUNCTIONS)
def test_reference_passes_every_test(pid: str) -> None:
    p = problem(pid)
    assert "python" in p.reference, f"{pid}: reference/solution.py is missing"
    fn = reference_function(p)
    for test in p.tests:
        output = call(p, fn, test.input)
        ok, message = check(p, test, output)
        assert ok, f"{pid}: reference fails {test.name}: got {output!r} {message}".strip()


NAIVE = [pid for pid in FUNCTIONS if (BANK / pid / "naive" / "solution.py").is_file()]


@pytest.mark.parametrize("pid", NAIVE)
def test_naive_solution_is_correct_on_the_visible_tests(pid: str) -> None:
    # naive/solution.py is a correct but slower baseline: the complexity probe should
    # place it above the target class; on the small visible tests it must still be right.
    p = problem(pid)
    source = (BANK / pid / "naive" / "solution.py").read_text(encoding="utf-8")
    fn = reference_function(p, source, "naive")
    for test in p.visible_tests:
        ok, message = check(p, test, call(p, fn, test.input))
        assert ok, f"{pid}: the naive solution fails {test.name} {message}".strip()


@pytest.mark.parametrize("pid", FUNCTIONS)
def test_other_language_references_name_the_method(pid: str) -> None:
    p = problem(pid)
    camel = p.signature.camel_name
    ref_dir = BANK / pid / "reference"
    for lang, name in REFERENCE_FILES.items():
        path = ref_dir / name
        if lang == "python" or not path.is_file():
            continue
        src = path.read_text(encoding="utf-8")
        if p.design is not None:  # the class itself, in every language
            assert re.search(rf"\b(class|var) {p.design.class_name}\b", src), f"{pid}: {name}"
            continue
        if lang == "javascript":
            assert re.search(rf"\bvar {camel} = function\s*\(", src), f"{pid}: {name}"
        else:
            assert "class Solution" in src, f"{pid}: {name} needs class Solution"
            assert re.search(rf"\b{camel}\s*\(", src), f"{pid}: {name} needs {camel}(...)"


@pytest.mark.parametrize("pid", [pid for pid in IDS if generator(pid) is not None])
def test_generator_is_deterministic_and_made_the_hidden_tests(pid: str) -> None:
    gen = generator(pid)
    assert gen is not None
    seed = getattr(gen, "SEED", 2026)
    first = gen.generate(random.Random(seed))
    second = gen.generate(random.Random(seed))
    assert first == second, f"{pid}: generate() is not deterministic"
    p = problem(pid)
    names = {param.name for param in p.signature.params}
    assert all(set(inp) == names for inp in first), f"{pid}: generate() must give {names}"
    if hasattr(gen, "SEED"):
        # A generator that names its seed is the source of the hidden tests.
        hidden = [t.input for t in p.tests if t.hidden]
        assert hidden == first, f"{pid}: tests.yaml's hidden tests are stale; regenerate them"
        assert len(hidden) >= 20, f"{pid}: {len(hidden)} generated hidden tests, need 20"
    if hasattr(gen, "sized_input"):
        small = gen.sized_input(8, random.Random(seed))
        assert set(small) == names
        assert small == gen.sized_input(8, random.Random(seed))


def test_two_sum_tests_keep_the_one_pair_promise() -> None:
    """The statement promises exactly one pair: a test with two would fail correct code."""
    for t in load_problem("two-sum").tests:
        nums, target = t.input["nums"], t.input["target"]
        seen: dict[int, int] = {}
        pairs = 0
        for x in nums:
            pairs += seen.get(target - x, 0)
            seen[x] = seen.get(x, 0) + 1
        assert pairs == 1, f"{t.name}: {pairs} pairs sum to {target}"
