"""Big-O: the one parser and the one order of complexity classes (pure logic).

Everything that reads a complexity goes through here: the complexity probe
(target and measured class), scoring (the efficiency deduction), the
interviewer (a stated or measured class against the target), validation of the
bank and the plots. A written class (``O(N log N)``, ``O(n*log(n))``,
``O(m * n)``, ``Θ(V + E)``, ``O(n²)``) maps to one of the canonical classes of
:data:`CLASSES`, each with a rank (its place in growth order) and a growth
exponent (which sizes the scoring deduction).

Several variables, one class
----------------------------
Problems state their targets in their own variables (``O(m * n)`` for a grid,
``O(V + E)`` for a graph, ``O(n log k)`` for a heap of ``k``). A complexity is
judged as one class by letting every size variable grow together, as the
probe's size generators do (``sized_input(n)`` grows all of a problem's sizes
with ``n``). So:

- every identifier other than ``log`` and ``sqrt`` is a size (``n``, ``m``,
  ``k``, ``V``, ``E``, ``rows``, ``amount``, ``min(m, n)``); ``O(V + E)`` is
  ``O(n)``, ``O(m * n)`` and ``O(rows * cols)`` are ``O(n^2)``,
  ``O(n log k)`` is ``O(n log n)``, ``O(N * L^2)`` is ``O(n^3)``;
- a sum takes its dominant term;
- a constant raised to a size (``2^n``, ``4^L``, ``n * 2^n``) is ``O(2^n)``,
  a factorial ``O(n!)``;
- a polynomial between two classes rounds up to the next one
  (``O(n sqrt n)`` is ``O(n^2)``); degree 3 and above is ``O(n^3)``.

Examples
--------
>>> normalize("O(N * log(N))")
'O(n log n)'
>>> normalize("O(m * n)"), normalize("O(V + E)"), normalize("O(n log k)")
('O(n^2)', 'O(n)', 'O(n log n)')
>>> rank("O(n)") < rank("O(n log n)") < rank("O(n^2)")
True
>>> compare("O(n^3)", "O(m * n)")
1
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class ComplexityClass:
    """One canonical big-O class.

    Parameters
    ----------
    label
        How the class is written everywhere (``"O(n log n)"``).
    rank
        Its place in growth order, ``O(1)`` being 0.
    exponent
        Its growth exponent: a log factor adds 0.1, exponential and factorial
        growth count as 10 and 11. Scoring takes one step per whole degree.
    """

    label: str
    rank: int
    exponent: float

    def __str__(self) -> str:
        return self.label

    def degrees_above(self, target: ComplexityClass) -> int:
        """Whole polynomial degrees by which this class grows faster than ``target`` (0 if not).

        A log factor counts as a whole degree (rounded up), so ``O(n log n)``
        against ``O(n)`` is 1.

        Examples
        --------
        >>> parse("O(n^2)").degrees_above(parse("O(n)")), parse("n log n").degrees_above(parse("n"))
        (1, 1)
        >>> parse("O(n)").degrees_above(parse("O(m * n)"))
        0
        """
        if self.rank <= target.rank:
            return 0
        return math.ceil(round(self.exponent - target.exponent, 6))


_TABLE = (
    ("O(1)", 0.0),
    ("O(log n)", 0.1),
    ("O(sqrt n)", 0.5),
    ("O(n)", 1.0),
    ("O(n log n)", 1.1),
    ("O(n^2)", 2.0),
    ("O(n^2 log n)", 2.1),
    ("O(n^3)", 3.0),
    ("O(2^n)", 10.0),
    ("O(n!)", 11.0),
)
CLASSES: tuple[ComplexityClass, ...] = tuple(
    ComplexityClass(label, i, exp) for i, (label, exp) in enumerate(_TABLE)
)
"""The canonical classes in growth order."""

BY_LABEL: dict[str, ComplexityClass] = {c.label: c for c in CLASSES}
_POLYNOMIAL = [c for c in CLASSES if c.exponent <= 3.0]
_EXPONENTIAL = BY_LABEL["O(2^n)"]
_FACTORIAL = BY_LABEL["O(n!)"]

_BIG_O_RE = re.compile(r"(?<![A-Za-z])[OΘθΩ]\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)")
_SUPERSCRIPTS = str.maketrans({"²": "^2", "³": "^3", "⁴": "^4", "√": " sqrt "})
_IDENT = r"[a-z_][a-z0-9_]*"


def _normalise(body: str) -> str:
    e = body.translate(_SUPERSCRIPTS).lower()
    e = e.replace("**", "^").replace("·", "*").replace("×", "*")
    e = re.sub(r"\b(?:min|max)\s*\([^()]*\)", " n ", e)  # one size: the smaller or larger
    e = re.sub(r"\blog_?\d+\b|\blg\b|\bln\b", "log", e)
    e = re.sub(r"(?<=[a-z0-9)])log", " log", e)  # nlogn -> n logn
    e = re.sub(r"log\s*\^\s*\d+", "log", e)  # log^2 n counts as one log factor
    e = re.sub(r"(log|sqrt)\s*\(\s*(" + _IDENT + r")\s*\)", r"\1 \2", e)
    e = re.sub(r"(log|sqrt)(?=[a-z])", r"\1 ", e)  # logn -> log n
    e = re.sub(r"/\s*\d+(?:\.\d+)?", " ", e)  # n/2: a constant factor
    e = re.sub(r"\s*\^\s*", "^", e)
    e = re.sub(r"\s*\*\s*", " ", e)
    return " ".join(e.split())


def _term(term: str) -> float | None:
    """The growth exponent of one product term (see :class:`ComplexityClass`)."""
    if "!" in term:
        return _FACTORIAL.exponent
    if re.search(r"(?:\d+(?:\.\d+)?|" + _IDENT + r")\^" + _IDENT, term):
        return _EXPONENTIAL.exponent
    power, logs = 0.0, 0
    factors = term.split()
    i = 0
    while i < len(factors):
        f = factors[i]
        if f in ("log", "sqrt"):
            if i + 1 >= len(factors) or not re.fullmatch(_IDENT, factors[i + 1]):
                return None
            if f == "log":
                logs += 1
            else:
                power += 0.5
            i += 2
            continue
        m = re.fullmatch(r"(" + _IDENT + r")(?:\^(\d+(?:\.\d+)?))?", f)
        if m:
            power += float(m.group(2) or 1)
        elif not re.fullmatch(r"\d+(?:\.\d+)?", f):
            return None
        i += 1
    return power + (0.1 if logs else 0.0)


def parse(text: str) -> ComplexityClass | None:
    """The canonical class of a written complexity, or ``None`` when it cannot be read.

    Parameters
    ----------
    text
        ``"O(n log n)"``, ``"Θ(V + E)"`` or just ``"n log n"``; when ``text``
        holds a sentence, its first big-O expression is read.

    Examples
    --------
    >>> parse("O(n * 2^n)").label, parse("O(amount * k)").label, parse("O(1)").rank
    ('O(2^n)', 'O(n^2)', 0)
    >>> parse("fast") is None
    True
    """
    if not text or not text.strip():
        return None
    m = _BIG_O_RE.search(text)
    body = _normalise(m.group(1) if m else text)
    if not body:
        return None
    if not m and any(len(w) > 1 for w in re.findall(_IDENT, body) if w not in ("log", "sqrt")):
        return None  # bare words ("fast") are not a complexity; only O(...) may name sizes
    values = [_term(t.strip()) for t in body.split("+") if t.strip()]
    if not values or any(v is None for v in values):
        return None
    value = max(v for v in values if v is not None)
    if value >= _FACTORIAL.exponent:
        return _FACTORIAL
    if value >= _EXPONENTIAL.exponent:
        return _EXPONENTIAL
    for cls in _POLYNOMIAL:
        if value <= cls.exponent + 1e-9:
            return cls
    return _POLYNOMIAL[-1]


def normalize(text: str | None) -> str | None:
    """The canonical label of a written complexity (``"O(N^2)"`` -> ``"O(n^2)"``), or ``None``."""
    cls = parse(text) if text else None
    return cls.label if cls else None


def rank(text: str | None) -> int | None:
    """The place of a written complexity in growth order (``O(1)`` is 0), or ``None``."""
    cls = parse(text) if text else None
    return cls.rank if cls else None


def compare(a: str | None, b: str | None) -> int | None:
    """``-1``, ``0`` or ``1`` as ``a`` grows slower than, like, or faster than ``b``.

    ``None`` when either cannot be read.
    """
    ra, rb = rank(a), rank(b)
    if ra is None or rb is None:
        return None
    return (ra > rb) - (ra < rb)


def mentioned(text: str) -> list[str]:
    """Every big-O expression written in a text, as written (``O(n log n)``)."""
    return [m.group(0) for m in _BIG_O_RE.finditer(text)]
