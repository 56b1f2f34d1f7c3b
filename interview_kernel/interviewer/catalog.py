"""Reading the design prompts and behavioural questions from the problem bank (file I/O).

``problems/design/<id>.yaml`` holds one :class:`~.design.DesignPrompt` each;
``problems/behavioral/questions.yaml`` a list of :class:`~.behavioral.Question`.
The bank root is the one :func:`interview_kernel.bank.loader.bank_dirs` finds.

A design prompt also lists ``components:``, the building blocks a strong answer
draws (client, load balancer, service, cache, database, queue, cdn, ...), for the
whiteboard checks. :func:`design_components` reads them; while
:class:`~.design.DesignPrompt` has no such field the loader validates the list
and sets it aside, so the prompt model itself is unaffected.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from ..bank.loader import bank_dirs
from ..errors import ProblemFormatError, UnknownProblemError
from .behavioral import Question
from .design import DesignPrompt


def _subdirs(name: str, dirs: list[Path] | None) -> list[Path]:
    return [d / name for d in (dirs or bank_dirs()) if (d / name).is_dir()]


def _read(ident: str, path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ProblemFormatError(ident, path.name, None, f"cannot be read as YAML: {exc}") from exc


def _field(err: ValidationError) -> tuple[str, str]:
    first = err.errors()[0]
    return ".".join(str(p) for p in first["loc"]), first["msg"]


def _components(prompt_id: str, path: Path, data: dict[str, Any]) -> list[str]:
    """The prompt's ``components:`` list, validated (lowercase names, no repeats)."""
    raw = data.get("components", [])
    if not isinstance(raw, list) or not all(isinstance(c, str) and c.strip() for c in raw):
        raise ProblemFormatError(
            prompt_id, path.name, "components", "must be a list of component names"
        )
    names = [c.strip() for c in raw]
    bad = [c for c in names if c != c.lower()]
    if bad:
        raise ProblemFormatError(
            prompt_id, path.name, "components", f"write names in lowercase: {bad}"
        )
    if len(set(names)) != len(names):
        raise ProblemFormatError(prompt_id, path.name, "components", "names a component twice")
    return names


def _prompt_file(prompt_id: str, dirs: list[Path] | None) -> tuple[Path, dict[str, Any]]:
    for d in _subdirs("design", dirs):
        path = d / f"{prompt_id}.yaml"
        if path.is_file():
            data = _read(prompt_id, path)
            if not isinstance(data, dict):
                raise ProblemFormatError(prompt_id, path.name, None, "must be a mapping")
            return path, data
    raise UnknownProblemError(prompt_id, design_prompt_ids(dirs))


def design_prompt_ids(dirs: list[Path] | None = None) -> list[str]:
    """Ids of every design prompt, sorted."""
    ids = {
        p.stem
        for d in _subdirs("design", dirs)
        for p in d.glob("*.yaml")
        if not p.stem.startswith("_")
    }
    return sorted(ids)


def load_design_prompt(prompt_id: str, dirs: list[Path] | None = None) -> DesignPrompt:
    """Load and validate one design prompt.

    Raises
    ------
    UnknownProblemError
        When no ``design/<id>.yaml`` exists.
    ProblemFormatError
        When the file does not follow :class:`~.design.DesignPrompt`.
    """
    path, data = _prompt_file(prompt_id, dirs)
    components = _components(prompt_id, path, data)
    data = {"id": prompt_id, **data}
    if "components" in DesignPrompt.model_fields:
        data["components"] = components
    else:
        data.pop("components", None)
    try:
        return DesignPrompt.model_validate(data)
    except ValidationError as exc:
        loc, msg = _field(exc)
        raise ProblemFormatError(prompt_id, path.name, loc, msg) from exc


COMPONENT_KINDS: tuple[str, ...] = (
    "client",
    "cdn",
    "load balancer",
    "service",
    "cache",
    "database",
    "queue",
    "storage",
)
"""The generic kinds every named component belongs to (``problems/design/_components.yaml``)."""


def component_vocabulary(dirs: list[Path] | None = None) -> dict[str, dict[str, Any]]:
    """Every component name prompts may list, with its generic kind and its synonyms.

    Read from ``design/_components.yaml`` (all banks; a later bank adds names).

    Returns
    -------
    dict
        ``{name: {"kind": str, "synonyms": [str, ...]}}``.

    Raises
    ------
    ProblemFormatError
        When an entry has no known kind or its synonyms are not a list of strings.
    """
    out: dict[str, dict[str, Any]] = {}
    for d in _subdirs("design", dirs):
        path = d / "_components.yaml"
        if not path.is_file():
            continue
        data = _read("design", path)
        if not isinstance(data, dict):
            raise ProblemFormatError("design", path.name, None, "must be a mapping")
        for name, entry in data.items():
            kind = entry.get("kind") if isinstance(entry, dict) else None
            synonyms = entry.get("synonyms", []) if isinstance(entry, dict) else None
            if kind not in COMPONENT_KINDS:
                raise ProblemFormatError(
                    "design", path.name, f"{name}.kind", f"must be one of {list(COMPONENT_KINDS)}"
                )
            if not isinstance(synonyms, list) or not all(isinstance(x, str) for x in synonyms):
                raise ProblemFormatError(
                    "design", path.name, f"{name}.synonyms", "must be a list of words"
                )
            out[str(name)] = {"kind": kind, "synonyms": list(synonyms)}
    return out


def design_components(prompt_id: str, dirs: list[Path] | None = None) -> list[str]:
    """The components a strong answer to a design prompt names (``components:``), in order.

    Raises
    ------
    UnknownProblemError
        When no ``design/<id>.yaml`` exists.
    ProblemFormatError
        When ``components`` is not a list of distinct lowercase names.
    """
    path, data = _prompt_file(prompt_id, dirs)
    return _components(prompt_id, path, data)


def load_design_prompts(dirs: list[Path] | None = None) -> list[DesignPrompt]:
    """Every design prompt, in id order."""
    return [load_design_prompt(i, dirs) for i in design_prompt_ids(dirs)]


def load_questions(dirs: list[Path] | None = None) -> list[Question]:
    """Every behavioural question from ``behavioral/questions.yaml`` (all banks, in order).

    Raises
    ------
    ProblemFormatError
        When an entry does not follow :class:`~.behavioral.Question`.
    """
    out: list[Question] = []
    for d in _subdirs("behavioral", dirs):
        path = d / "questions.yaml"
        if not path.is_file():
            continue
        data = _read("behavioral", path)
        if not isinstance(data, list):
            raise ProblemFormatError("behavioral", path.name, None, "must be a list of questions")
        for i, item in enumerate(data):
            try:
                out.append(Question.model_validate(item))
            except ValidationError as exc:
                loc, msg = _field(exc)
                raise ProblemFormatError("behavioral", path.name, f"[{i}].{loc}", msg) from exc
    return out


def questions_for(focus: str | None = None, dirs: list[Path] | None = None) -> list[Question]:
    """The questions tagged with a focus area (all questions when ``focus`` is None)."""
    qs = load_questions(dirs)
    return [q for q in qs if focus is None or focus in q.focus]
