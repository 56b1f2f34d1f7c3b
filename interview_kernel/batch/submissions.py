"""Collecting a cohort: code files, candidate notebooks and one folder per candidate.

A path given on the command line becomes one or more :class:`Submission` objects:

- a **code file** (``alice.py``, ``bob.java``): candidate = the file's stem, language
  from the extension through the language registry;
- a **notebook** (``carol.ipynb``): the code cell tagged ``solution``, else the last
  code cell that defines the problem's entry point; language from the notebook's
  ``kernelspec``/``language_info`` metadata;
- a **candidate folder** (no sub-folders, and exactly one gradeable file or a file
  named ``solution.*`` or ``<problem-id>.*``): candidate = the folder's name;
- a **cohort folder** (anything else): each sub-folder is a candidate folder and each
  loose file a candidate, by the rules above.

With several problems in one batch, each file is matched to a problem by its stem
(``alice/two-sum.py``). Bad input (an unreadable notebook, an unknown extension, a
duplicate candidate) becomes a submission with ``error`` set: reported in its row,
never fatal to the batch.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import SourceError
from ..languages import get_language, language_for_extension
from ..problem import Problem

NOTEBOOK_SUFFIX = ".ipynb"
SOLUTION_TAG = "solution"
_IGNORED = re.compile(r"^(\.|__pycache__$|_|README|LICENSE)", re.IGNORECASE)


@dataclass(frozen=True)
class Submission:
    """One candidate's solution to one problem, ready to grade (or why it is not).

    Attributes
    ----------
    candidate
        The candidate's name (file stem or folder name).
    file
        Where the source came from, as given.
    problem
        The problem id it is graded against.
    language
        Registry name of the language, or ``None`` when it could not be told.
    source
        The source text; ``None`` for bad input.
    error
        Why this submission cannot be graded (empty when it can).
    """

    candidate: str
    file: str
    problem: str
    language: str | None = None
    source: str | None = None
    error: str = ""

    @property
    def key(self) -> str:
        """A file-name-safe identity (candidate and problem) for results on disk."""
        raw = f"{self.candidate}--{self.problem}"
        safe = re.sub(r"[^A-Za-z0-9._-]+", "_", raw).strip("._") or "submission"
        return f"{safe}-{hashlib.sha1(raw.encode()).hexdigest()[:8]}"

    @property
    def digest(self) -> str:
        """Hash of what is graded: a resumed batch regrades a submission whose source changed."""
        text = json.dumps([self.problem, self.language, self.source])
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _entry_pattern(problem: Problem) -> re.Pattern[str]:
    """A definition (not a call) of the entry point, in any registered language's syntax.

    ``def f(`` / ``function f(`` / ``fn f(`` / a typed ``T f(...) {`` / ``class Solution``.
    """
    names = {problem.signature.name, problem.signature.camel_name}
    alts = "|".join(re.escape(n) for n in sorted(names))
    return re.compile(
        rf"\b(?:def|function|fn|func)\s+(?:{alts})\s*\("
        rf"|\b[\w<>\[\],:*& ]+\s+(?:{alts})\s*\([^;{{}}]*\)\s*(?:const\s*)?\{{"
        rf"|\b(?:{alts})\s*=\s*(?:function\b|\([^)]*\)\s*=>)"
        r"|\bclass\s+Solution\b"
    )


def notebook_source(path: Path, problem: Problem) -> tuple[str, str]:
    """The solution cell of a candidate notebook and the notebook's language.

    Parameters
    ----------
    path
        The ``.ipynb`` file.
    problem
        The problem, whose entry point identifies the solution cell when no cell is
        tagged ``solution``.

    Returns
    -------
    tuple of str
        ``(source, language)``; several cells tagged ``solution`` are joined in order.

    Raises
    ------
    SourceError
        When the notebook cannot be read or has no solution cell.
    """
    try:
        nb = json.loads(path.read_text(encoding="utf-8"))
        cells = nb["cells"]
        meta = nb.get("metadata", {})
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise SourceError(
            f"{path}: not a readable notebook ({exc}); re-save it in Jupyter"
        ) from None
    lang_name = (meta.get("kernelspec") or {}).get("language") or (
        meta.get("language_info") or {}
    ).get("name", "python")
    lang = get_language(str(lang_name))
    if lang is None:
        raise SourceError(f"{path}: notebook language {lang_name!r} is not one the grader knows")

    def text(cell: dict) -> str:
        src = cell.get("source", "")
        return "".join(src) if isinstance(src, list) else str(src)

    code = [c for c in cells if isinstance(c, dict) and c.get("cell_type") == "code"]
    tagged = [c for c in code if SOLUTION_TAG in (c.get("metadata", {}).get("tags") or [])]
    if tagged:
        return "\n\n".join(text(c) for c in tagged), lang.name
    entry = _entry_pattern(problem)
    defining = [c for c in code if entry.search(text(c))]
    if not defining:
        raise SourceError(
            f"{path}: no code cell is tagged {SOLUTION_TAG!r} and none defines "
            f"{problem.signature.name}(); tag the solution cell"
        )
    return text(defining[-1]), lang.name


def _gradeable(path: Path) -> bool:
    return path.suffix == NOTEBOOK_SUFFIX or language_for_extension(path.suffix) is not None


def _visible_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and not _IGNORED.match(p.name))


def _is_candidate_folder(folder: Path, problem_ids: Sequence[str]) -> bool:
    if any(p.is_dir() and not _IGNORED.match(p.name) for p in folder.iterdir()):
        return False
    files = [p for p in _visible_files(folder) if _gradeable(p)]
    named = {p.stem for p in files}
    return len(files) == 1 or "solution" in named or bool(named & set(problem_ids))


def _read(path: Path, candidate: str, problem: Problem, language: str | None) -> Submission:
    from ..source import check_source

    base = Submission(candidate=candidate, file=str(path), problem=problem.id)
    try:
        if path.suffix == NOTEBOOK_SUFFIX:
            source, lang = notebook_source(path, problem)
            lang = language or lang
        else:
            lang = language or language_for_extension(path.suffix) or ""
            if not lang:
                raise SourceError(
                    f"{path}: unknown extension {path.suffix or '(none)'!r}; "
                    "rename it or pass --language"
                )
            try:
                raw = path.read_bytes()
            except OSError as exc:
                raise SourceError(f"{path}: cannot read it ({exc.strerror})") from None
            source = check_source(raw)
        source = check_source(source)
    except SourceError as exc:
        return Submission(candidate, str(path), problem.id, error=str(exc))
    return Submission(base.candidate, base.file, base.problem, lang, source)


def _problem_for(path: Path, problems: Sequence[Problem]) -> Problem | None:
    if len(problems) == 1:
        return problems[0]
    return next((p for p in problems if p.id == path.stem), None)


def _from_folder(
    folder: Path, problems: Sequence[Problem], language: str | None
) -> list[Submission]:
    files = [p for p in _visible_files(folder) if _gradeable(p)]
    ids = [p.id for p in problems]
    out: list[Submission] = []
    if len(problems) == 1:
        pick = [p for p in files if p.stem in ("solution", problems[0].id)] or files
        if len(pick) > 1:
            names = ", ".join(p.name for p in pick)
            return [
                Submission(
                    folder.name,
                    str(folder),
                    problems[0].id,
                    error=f"{folder}: several solution files ({names}); keep one or name it "
                    "solution.<ext>",
                )
            ]
        files = pick
    for f in files:
        problem = _problem_for(f, problems)
        if problem is None:
            out.append(
                Submission(
                    folder.name,
                    str(f),
                    "?",
                    error=f"{f}: name the file after one of the problems ({', '.join(ids)})",
                )
            )
        else:
            out.append(_read(f, folder.name, problem, language))
    if not out:
        out.append(
            Submission(folder.name, str(folder), ids[0], error=f"{folder}: no solution file")
        )
    return out


def _from_file(path: Path, problems: Sequence[Problem], language: str | None) -> Submission:
    problem = _problem_for(path, problems)
    if problem is None:
        ids = ", ".join(p.id for p in problems)
        return Submission(
            path.stem,
            str(path),
            "?",
            error=f"{path}: with several problems, put each "
            f"candidate in a folder with one file per problem ({ids})",
        )
    return _read(path, path.stem, problem, language)


def collect_submissions(
    paths: Iterable[str | Path], problems: Sequence[Problem], language: str | None = None
) -> list[Submission]:
    """Turn command-line paths into submissions, in a stable order.

    Parameters
    ----------
    paths
        Code files, notebooks, candidate folders or cohort folders (see the module
        docstring for how a folder is read).
    problems
        The batch's problems; with more than one, each file's stem names its problem.
    language
        Force a language (registry name or alias) instead of telling it per file.

    Returns
    -------
    list of Submission
        One per (candidate, problem); bad input is kept, with ``error`` set. A
        candidate seen twice for the same problem keeps its first submission and the
        later ones are reported as duplicates.
    """
    if not problems:
        raise SourceError("no problem given; pass --problem ID")
    if language is not None:
        lang = get_language(language)
        if lang is None:
            from ..errors import UnknownLanguageError
            from ..languages import languages

            raise UnknownLanguageError(language, languages())
        language = lang.name
    ids = [p.id for p in problems]
    found: list[Submission] = []
    for raw in paths:
        path = Path(raw)
        if path.is_file():
            found.append(_from_file(path, problems, language))
        elif path.is_dir():
            if _is_candidate_folder(path, ids):
                found.extend(_from_folder(path, problems, language))
                continue
            for child in sorted(path.iterdir()):
                if _IGNORED.match(child.name):
                    continue
                if child.is_dir():
                    found.extend(_from_folder(child, problems, language))
                elif child.is_file():
                    found.append(_from_file(child, problems, language))
        else:
            found.append(
                Submission(path.stem or str(path), str(path), ids[0], error=f"{path}: no such file")
            )
    seen: dict[tuple[str, str], Submission] = {}
    result: list[Submission] = []
    for s in found:
        key = (s.candidate, s.problem)
        first = seen.get(key)
        if first is not None and not s.error:
            s = Submission(
                s.candidate,
                s.file,
                s.problem,
                s.language,
                error=f"duplicate candidate {s.candidate!r} for {s.problem} (also {first.file}); "
                "rename one of them",
            )
        seen.setdefault(key, s)
        result.append(s)
    return result
