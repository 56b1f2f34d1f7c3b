"""The language registry: file extensions, starter code and harness names per language.

Languages are registered by name; each knows how to write its starter stub from
a problem's typed signature. The sandbox side of a language (how to build and run
it) lives in ``_runtime`` under the same name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .problem import Problem


@dataclass(frozen=True)
class Language:
    """A language candidates can write in."""

    name: str
    extensions: tuple[str, ...]
    starter: Callable[[Problem], str]
    display: str


_REGISTRY: dict[str, Language] = {}


def register(lang: Language) -> None:
    """Add a language to the registry (later registrations replace earlier ones)."""
    _REGISTRY[lang.name] = lang


def languages() -> dict[str, Language]:
    """All registered languages by name."""
    return dict(_REGISTRY)


def get_language(name: str) -> Language | None:
    """A language by name or alias (``py``, ``js``, ``c++``), or ``None``."""
    aliases = {"py": "python", "js": "javascript", "node": "javascript", "c++": "cpp"}
    return _REGISTRY.get(aliases.get(name.lower(), name.lower()))


def language_for_extension(ext: str) -> str | None:
    """The language a file extension (``.py``) means, or ``None``."""
    for lang in _REGISTRY.values():
        if ext.lower() in lang.extensions:
            return lang.name
    return None


def starter_code(problem: Problem, language: str) -> str:
    """The stub a candidate starts from, unless the problem overrides it."""
    if language in problem.starter:
        return problem.starter[language]
    lang = get_language(language)
    return lang.starter(problem) if lang else ""


def _python_starter(problem: Problem) -> str:
    sig = problem.signature
    params = ", ".join(f"{p.name}: {p.type}" for p in sig.params)
    return f"def {sig.name}({params}) -> {sig.returns}:\n    pass\n"


register(Language("python", (".py",), _python_starter, "Python 3"))
