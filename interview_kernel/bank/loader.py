"""The problem bank on disk: one folder per problem under ``problems/``.

A folder holds ``problem.yaml`` (metadata, signature, checker, limits, hints),
``statement.md``, ``tests.yaml`` (a list of tests), ``reference/solution.<ext>``
per language, and optionally ``checker.py`` (``check(input, expected, output)``),
``check.py`` (HumanEval ``check(candidate)``) and ``prompt.py``.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from .. import settings
from ..errors import ProblemFormatError, UnknownProblemError
from ..languages import language_for_extension
from ..problem import Problem

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
PROJECT_ROOT = Path(__file__).resolve().parents[2]


def bank_dirs() -> list[Path]:
    """Where problems are looked up: ``INTERVIEW_PROBLEMS`` (``:``-separated) or ``problems/``."""
    env = settings.get("INTERVIEW_PROBLEMS")
    if env:
        return [Path(p) for p in env.split(os.pathsep) if p]
    for candidate in (Path.cwd() / "problems", PROJECT_ROOT / "problems"):
        if candidate.is_dir():
            return [candidate]
    return [PROJECT_ROOT / "problems"]


def problem_ids(dirs: list[Path] | None = None) -> list[str]:
    """Ids of every folder with a ``problem.yaml``, sorted."""
    ids: set[str] = set()
    for d in dirs or bank_dirs():
        if d.is_dir():
            ids.update(p.parent.name for p in d.glob("*/problem.yaml"))
    return sorted(ids)


def find_problem_dir(problem_id: str, dirs: list[Path] | None = None) -> Path:
    """The folder of a problem id (or a path to a problem folder)."""
    as_path = Path(problem_id)
    if (as_path / "problem.yaml").is_file():
        return as_path
    for d in dirs or bank_dirs():
        if (d / problem_id / "problem.yaml").is_file():
            return d / problem_id
    raise UnknownProblemError(problem_id, problem_ids(dirs))


CACHE_MIN_BYTES = 32 * 1024
"""YAML files at least this big are parsed once and kept in the parse cache."""


def cache_dir() -> Path:
    """Where parsed YAML is kept: ``INTERVIEW_CACHE_DIR``, else the XDG cache folder."""
    env = settings.get("INTERVIEW_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "interview-notebooks"


def _cache_path(raw: bytes) -> Path | None:
    """The cache entry of a file's bytes, or ``None`` for a file too small to cache.

    Content-addressed (SHA-256), per Python and marshal version.
    """
    if len(raw) < CACHE_MIN_BYTES:
        return None
    tag = f"py{sys.version_info[0]}{sys.version_info[1]}m{marshal.version}"
    return cache_dir() / "yaml" / f"{hashlib.sha256(raw).hexdigest()}-{tag}.marshal"


def _cached(path: Path) -> tuple[bool, Any]:
    try:
        return True, marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return False, None


def _store(path: Path, data: Any) -> None:
    """Keep a parse for next time; best effort (a read-only home or odd types skip it)."""
    try:
        blob = marshal.dumps(data)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    except (OSError, ValueError):
        return
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(blob)
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)


def _read_yaml(pid: str, path: Path) -> Any:
    """Parse one YAML file of a problem.

    Big files (a test file with 20,000-number inputs is megabytes of YAML and
    takes about a second to parse) are parsed once: the parse is kept in
    :func:`cache_dir`, keyed by the file's SHA-256, so an edit is always seen.
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ProblemFormatError(pid, path.name, None, f"cannot be read ({exc})") from None
    entry = _cache_path(raw)
    if entry is not None:
        hit, data = _cached(entry)
        if hit:
            return data
    try:
        data = yaml.load(raw.decode("utf-8"), Loader=_Loader)
        if entry is not None:
            _store(entry, data)
        return data
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f"line {mark.line + 1}" if mark else None
        raise ProblemFormatError(pid, path.name, line, f"not valid YAML ({exc}); fix it") from None
    except UnicodeDecodeError:
        raise ProblemFormatError(pid, path.name, None, "is not UTF-8 text") from None


def _loc(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def load_problem(problem_id: str, dirs: list[Path] | None = None) -> Problem:
    """Load and validate one problem.

    Parameters
    ----------
    problem_id
        A problem id from the bank, or the path of a problem folder.
    dirs
        Bank folders to search instead of :func:`bank_dirs`.

    Raises
    ------
    UnknownProblemError
        No such problem; the message suggests the closest ids.
    ProblemFormatError
        A file is malformed; the message names the file, the field and the fix.
    """
    folder = find_problem_dir(problem_id, dirs)
    pid = folder.name
    spec = _read_yaml(pid, folder / "problem.yaml")
    if not isinstance(spec, dict):
        raise ProblemFormatError(pid, "problem.yaml", None, "must be a mapping of fields")
    spec.setdefault("id", pid)
    spec["folder"] = str(folder.resolve())
    files = {
        "statement": "statement.md",
        "custom_checker": "checker.py",
        "assertions": "check.py",
        "prompt": "prompt.py",
    }
    for field, name in files.items():
        path = folder / name
        if path.is_file() and field not in spec:
            spec[field] = path.read_text(encoding="utf-8")
    tests_file = folder / "tests.yaml"
    if tests_file.is_file():
        tests = _read_yaml(pid, tests_file)
        if isinstance(tests, dict):
            tests = tests.get("tests")
        if not isinstance(tests, list):
            raise ProblemFormatError(pid, "tests.yaml", None, "must be a list of tests")
        spec["tests"] = list(spec.get("tests") or []) + tests
    ref_dir = folder / "reference"
    if ref_dir.is_dir():
        refs = dict(spec.get("reference") or {})
        for f in sorted(ref_dir.iterdir()):
            lang = language_for_extension(f.suffix)
            if lang:
                refs.setdefault(lang, f.read_text(encoding="utf-8"))
        spec["reference"] = refs
    try:
        return Problem.model_validate(spec)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = _loc(tuple(err["loc"]))
        file = "tests.yaml" if loc.startswith("tests") and tests_file.is_file() else "problem.yaml"
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "missing":
            msg = "is missing; add it (see `interview problems schema`)"
        elif err["type"] == "extra_forbidden":
            msg = "is not a known field; remove it or check its spelling"
        raise ProblemFormatError(pid, file, loc or None, msg) from None


def list_problems(dirs: list[Path] | None = None) -> list[Problem]:
    """Every problem in the bank, sorted by id (malformed ones raise)."""
    return [load_problem(pid, dirs) for pid in problem_ids(dirs)]
