"""Approach questions: what a technique costs against a problem's target, without the solution.

Pure. From a problem's statement and targets come a few facts (the input size,
the value range, the alphabet, whether the input arrives sorted); a technique
the candidate asks about ("can I sort?", "would a counting array be better?")
is weighed against them: its usual cost in big-O against the target
(:mod:`interview_kernel.bigo`), and what it needs that the problem does or does
not offer. The reply never says which technique solves the problem.
The wording lives in :mod:`._wording`.
"""

from __future__ import annotations

import ast
import math
import operator
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import bigo
from . import _wording as say

if TYPE_CHECKING:
    from ..problem import Problem

_OPS: dict[type, Callable[[int, int], int]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Pow: operator.pow,
}


def number(text: str) -> int | None:
    """An integer written as constraints write them (``10^5``, ``-3 * 10^4``, ``2^31 - 1``).

    Examples
    --------
    >>> number("10^5"), number("-3 * 10^4"), number("2^31 - 1"), number("n")
    (100000, -30000, 2147483647, None)
    """

    def ev(node: ast.AST) -> int:
        if isinstance(node, ast.Constant) and isinstance(node.value, int):
            return node.value
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return -ev(node.operand)
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            right = ev(node.right)
            if isinstance(node.op, ast.Pow) and right > 64:
                raise ValueError("too large")
            return _OPS[type(node.op)](ev(node.left), right)
        raise ValueError("not a number")

    try:
        return ev(ast.parse(text.strip().replace("^", "**"), mode="eval").body)
    except (SyntaxError, ValueError, RecursionError):
        return None


def constraints(statement: str) -> list[str]:
    """The bullet items under the statement's "Constraints" heading."""
    out: list[str] = []
    inside = False
    for line in statement.splitlines():
        bare = line.strip().strip("*#: ").lower()
        if bare in ("constraints", "constraint"):
            inside = True
            continue
        if inside:
            item = re.match(r"\s*(?:[-*+]|\d+[.)])\s+(.*\S)", line)
            if item:
                out.append(item.group(1))
            elif line.strip() and out:
                break
    return out


_NUM = r"(-?\s*\d[\d\s*^+-]*?)"
_SIZE_RE = re.compile(
    r"(?:len\(\w+\)|number of (?:nodes|courses)\w*(?: in each list)?|\bn\b|\bm, n\b)"
    r"\s*<=\s*" + _NUM + r"(?=$|[,;(]|\s+[a-z(])"
)
_RANGE_RE = re.compile(
    r"^"
    + _NUM
    + r"\s*<=?\s*[^<]*?(?:\[i\]|values|\bx, y\b|start)[^<]*<=?\s*"
    + _NUM
    + r"(?=$|[,;(]|\s+[a-z(])"
)
_ALPHABETS: tuple[tuple[str, str, int], ...] = (
    (r"printable ascii", "the 95 printable ASCII characters", 95),
    (r"ascii letters", "the 52 ASCII letters", 52),
    (r"`\(\)\[\]\{\}`", "the six bracket characters", 6),
    (r'`"0"` or `"1"`', "two cell values", 2),
    (r"`\.` or `#`", "two kinds of square", 2),
    (
        r"`a` to `z`|`a`-`z`|lowercase (english )?letters|lowercase `?words",
        "the 26 lowercase letters",
        26,
    ),
)


@dataclass(frozen=True)
class Facts:
    """What an approach reply may lean on, all of it public in the statement.

    Attributes
    ----------
    time, space
        The target complexities (``""`` when the problem names none).
    size
        The largest input size the constraints allow (``None`` when not found).
    low, high
        The value range of the numbers in the input (``None`` when not found).
    alphabet, alphabet_size
        The characters strings are drawn from, e.g. ``"the 26 lowercase letters"``.
    sorted_input
        ``True`` when the input arrives sorted, ``False`` when it does not,
        ``None`` when the statement does not say.
    indices
        The answer is made of positions, which sorting would scramble.
    """

    time: str = ""
    space: str = ""
    size: int | None = None
    low: int | None = None
    high: int | None = None
    alphabet: str = ""
    alphabet_size: int = 0
    sorted_input: bool | None = None
    indices: bool = False


def facts(problem: Problem) -> Facts:
    """The :class:`Facts` of a problem, read from its statement, signature and targets."""
    items = constraints(problem.statement)
    sizes = [n for line in items for m in _SIZE_RE.finditer(line) if (n := number(m.group(1)))]
    low = high = None
    for line in items:
        m = _RANGE_RE.search(line)
        if m and (lo := number(m.group(1))) is not None and (hi := number(m.group(2))) is not None:
            low, high = lo, hi
            break
    text = problem.statement.lower()
    alphabet, alphabet_size = "", 0
    if any("str" in p.type for p in problem.signature.params):
        for pattern, name, count in _ALPHABETS:
            if re.search(pattern, text):
                alphabet, alphabet_size = name, count
                break
    return Facts(
        time=problem.complexity.time or "",
        space=problem.complexity.space or "",
        size=max(sizes) if sizes else None,
        low=low,
        high=high,
        alphabet=alphabet,
        alphabet_size=alphabet_size,
        sorted_input=_sorted_input(text),
        indices=bool(re.search(r"\bindices\b|\bindex\b", text))
        and "int" in problem.signature.returns,
    )


_ABOUT_ANSWER = re.compile(r"\b(return|returned|output|answer)\b")
_UNSORTED = re.compile(r"\bunsorted\b|\bany order\b|\bno particular order\b")
_SORTED = re.compile(
    r"\b(is|are|each|both lists are|was) (a list of \w+ )?sorted\b|sorted in (increasing|"
    r"non-decreasing|ascending)|\bsorted by start\b|sorted ascending"
)


def _sorted_input(statement: str) -> bool | None:
    """Whether the input arrives sorted, from the sentences that are not about the answer.

    A rotated sorted list is neither: ``None``.
    """
    if re.search(r"\brotated\b", statement):
        return None
    about_input = [s for s in re.split(r"(?<=[.:])\s+", statement) if not _ABOUT_ANSWER.search(s)]
    if any(_UNSORTED.search(s) for s in about_input):
        return False
    if any(_SORTED.search(s) for s in about_input):
        return True
    return None


def steps(complexity: str, size: int) -> float | None:
    """Roughly how many basic steps ``complexity`` takes at input size ``size``."""
    cls = bigo.parse(complexity)
    if cls is None or size < 2:
        return None
    n = float(size)
    return {
        "O(1)": 1.0,
        "O(log n)": math.log2(n),
        "O(sqrt n)": math.sqrt(n),
        "O(n)": n,
        "O(n log n)": n * math.log2(n),
        "O(n^2)": n**2,
        "O(n^2 log n)": n**2 * math.log2(n),
        "O(n^3)": n**3,
    }.get(cls.label, math.inf)


def size_remark(complexity: str, f: Facts) -> str:
    """What ``complexity`` means at the largest input size the problem allows ("" if unknown)."""
    if f.size is None:
        return ""
    work = steps(complexity, f.size)
    if work is None:
        return ""
    return say.size_remark(complexity, say.power_of_ten(f.size), work)


def _against_target(cost: str, f: Facts) -> str:
    cmp = bigo.compare(cost, f.time) if f.time else None
    if cmp is None:
        return ""
    return say.AGAINST_TARGET[cmp].format(cost=cost, target=f.time)


def _needs(technique: str, f: Facts, message: str) -> str:
    """The problem-specific half of the reply: what the technique needs and whether it is here."""
    if technique == "counting array":
        if f.alphabet_size:
            return say.COUNTING_ALPHABET.format(alphabet=f.alphabet, size=f.alphabet_size)
        if f.low is not None and f.high is not None:
            span = f.high - f.low + 1
            key = "COUNTING_RANGE_SMALL" if span <= 10**6 else "COUNTING_RANGE_WIDE"
            return getattr(say, key).format(
                low=say.power_of_ten(f.low),
                high=say.power_of_ten(f.high),
                span=say.approximately(span),
            )
        return say.COUNTING_NONE
    if technique in ("two pointers", "binary search"):
        return say.SORTED_INPUT[f.sorted_input]
    if technique == "sorting":
        out = say.SORT_INDICES if f.indices else ""
        if f.sorted_input:
            out = (out + " " + say.SORT_ALREADY).strip()
        return out
    if technique in ("hash map", "dynamic programming", "stack", "prefix sums", "trie"):
        cmp = bigo.compare("O(n)", f.space) if f.space else None
        if technique == "dynamic programming":
            return say.DP_SPACE.format(space=f.space) if f.space else ""
        if cmp == 1:
            return say.SPACE_TIGHT.format(space=f.space)
        return ""
    if technique == "brute force":
        return size_remark("O(n^2)", f)
    return ""


def cost_of(technique: str, message: str) -> str | None:
    """The usual total cost of a technique (``None`` when it depends too much on its use)."""
    if technique == "sorting" and say.PER_ITEM.search(message):
        return None  # sorting each word: the per-item wording says it
    return say.COSTS.get(technique)


def approach_reply(techniques: Sequence[str], message: str, f: Facts, turn: int = 0) -> str:
    """The reply to an approach question about up to two techniques.

    Parameters
    ----------
    techniques
        The techniques asked about (from :func:`.intents.asked_approach`).
    message
        The question, for details such as "each word".
    f
        The problem's :class:`Facts`.
    turn
        How many approach questions came before, to vary the closing line.
    """
    parts: list[str] = []
    for technique in list(techniques)[:2]:
        if technique == "sorting" and say.PER_ITEM.search(message):
            parts.append(say.SORT_EACH)
        else:
            parts.append(say.WHAT_IT_DOES[technique])
        cost = cost_of(technique, message)
        if cost:
            parts.append(_against_target(cost, f))
        parts.append(_needs(technique, f, message))
    if len(techniques) >= 2:
        a, b = (cost_of(t, message) for t in techniques[:2])
        cmp = bigo.compare(a, b) if a and b else None
        if cmp == 0:
            parts.append(say.SAME_COST)
    parts.append(say.CLOSINGS[turn % len(say.CLOSINGS)])
    return " ".join(p for p in parts if p)
