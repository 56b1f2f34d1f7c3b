"""The catalogue view of a problem: what `problems show --json` and the REST API print."""

from __future__ import annotations

from typing import Any

from ..languages import offered, starter_code
from ..problem import Problem


def public_dict(problem: Problem, include_hidden: bool = False) -> dict[str, Any]:
    """The ``problems show --json`` shape; hidden tests and references only on request.

    Parameters
    ----------
    problem
        The problem.
    include_hidden
        The author view: hidden tests and the reference solutions too.
    """
    langs = offered(problem)
    d: dict[str, Any] = {
        "id": problem.id,
        "title": problem.title,
        "difficulty": problem.difficulty,
        "topics": list(problem.topics),
        "companies": list(problem.companies),
        "roles": list(problem.roles),
        "estimated_minutes": problem.estimated_minutes,
        "languages": langs,
        "statement": problem.statement,
        "signature": problem.signature.model_dump(),
        "starter": {lang: starter_code(problem, lang) for lang in langs},
        "hints": list(problem.hints),
        "complexity": problem.complexity.model_dump(),
        "limits": problem.limits.model_dump(),
        "tests": [t.model_dump() for t in problem.tests if include_hidden or not t.hidden],
    }
    if include_hidden:
        d["reference"] = dict(problem.reference)
    return d
