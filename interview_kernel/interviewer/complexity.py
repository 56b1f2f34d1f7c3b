"""Ordering big-O classes, so the interviewer can tell "above target" from "on target".

Pure. Understands the common classes as people write them: ``O(n)``,
``O(n log n)``, ``O(n*log(n))``, ``O(n^2)``, ``O(n²)``, ``O(2^n)``, ``O(n!)``,
``O(log n)``, ``O(1)``, ``O(sqrt n)``, ``O(n + m)``, ``O(n * m)``.
"""

from __future__ import annotations

import math
import re

_BIG_O_RE = re.compile(r"\b[OΘθΩ]\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)")
_SUPERSCRIPTS = str.maketrans({"²": "^2", "³": "^3", "⁴": "^4"})


def _normalise(expr: str) -> str:
    e = expr.translate(_SUPERSCRIPTS).lower()
    e = e.replace("**", "^").replace("·", "*").replace("×", "*")
    e = re.sub(r"\blg\b|\bln\b|\blog2\b|\blog_2\b", "log", e)
    e = re.sub(r"(?<=[a-z0-9])log", " log", e)
    e = re.sub(r"log\s*\(\s*([a-z])\s*\)", r"log \1", e)
    e = re.sub(r"sqrt\s*\(\s*([a-z])\s*\)", r"sqrt \1", e)
    e = re.sub(r"\s*\*\s*", " ", e)
    return " ".join(e.split())


def rank(expr: str) -> float | None:
    """A number that orders complexity classes (``O(1)`` lowest), or ``None`` if unknown.

    Variables other than ``n`` (``m``, ``k``, ``v``, ``e``) count as ``n``, so
    ``O(n + m)`` ranks with ``O(n)`` and ``O(n m)`` with ``O(n^2)``.

    Parameters
    ----------
    expr
        ``"O(n log n)"`` or just ``"n log n"``.
    """
    m = _BIG_O_RE.search(expr)
    body = _normalise(m.group(1) if m else expr)
    if not body:
        return None
    if "!" in body:
        return 1000.0
    exp = re.search(r"(\d+(?:\.\d+)?)\s*\^\s*[a-z]", body)
    if exp:
        return 500.0 + float(exp.group(1))
    terms = [t.strip() for t in body.split("+") if t.strip()]
    ranks = [_term_rank(t) for t in terms]
    if not ranks or any(r is None for r in ranks):
        return None
    return max(r for r in ranks if r is not None)


def _term_rank(term: str) -> float | None:
    if re.fullmatch(r"\d+|c|const(ant)?", term):
        return 0.0
    power = 0.0
    logs = 0
    term = re.sub(r"log\s*([a-z])\b", "log", term)
    term = re.sub(r"sqrt\s*([a-z])\b", "sqrt", term)
    for factor in term.split():
        m = re.fullmatch(r"([a-z])(?:\^(\d+(?:\.\d+)?))?", factor)
        if factor.startswith("log"):
            logs += 1
            continue
        if factor.startswith("sqrt"):
            power += 0.5
            continue
        if m:
            power += float(m.group(2) or 1)
            continue
        if re.fullmatch(r"\d+", factor):
            continue
        return None
    # a log factor is worth less than any polynomial step; log n alone sits above O(1)
    return power + 0.1 * logs if (power or logs) else 0.0


def compare(a: str, b: str) -> int | None:
    """``-1``, ``0`` or ``1`` as ``a`` is better than, equal to or worse than ``b``.

    ``None`` when either is not a class :func:`rank` understands.
    """
    ra, rb = rank(a), rank(b)
    if ra is None or rb is None:
        return None
    if math.isclose(ra, rb):
        return 0
    return -1 if ra < rb else 1


def mentioned(text: str) -> list[str]:
    """Every big-O expression written in a text, as written (``O(n log n)``)."""
    return [m.group(0) for m in _BIG_O_RE.finditer(text)]
