"""Importers for public problem sets: HumanEval, HumanEval-X, MBPP and our own JSONL packs.

Every importer compiles its set to *pack records* (one JSON object per problem,
the format of ``docs/packs.md``: the fields of ``problem.yaml`` plus the
statement, tests, references and a required ``source`` naming the set and its
licence), and :func:`write_pack` turns records into problem folders. So a pack
someone publishes and an imported public set take the same road, and every
imported problem keeps its source and licence.
"""

from __future__ import annotations

import ast
import gzip
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from ..errors import InterviewError
from ..problem import Problem

PACK_FORMAT = "interview-pack/1"
"""The ``format`` a pack's records may carry (records without one are read as this)."""

HUMANEVAL_X = {
    "name": "HumanEval-X",
    "url": "https://github.com/THUDM/CodeGeeX",
    "license": "Apache-2.0",
    "attribution": "HumanEval-X, THUDM/CodeGeeX (Zheng et al., 2023), Apache License 2.0",
}
MBPP = {
    "name": "MBPP",
    "url": "https://github.com/google-research/google-research/tree/master/mbpp",
    "license": "CC-BY-4.0",
    "attribution": "Mostly Basic Python Problems, Austin et al. (2021), Google Research, "
    "licensed CC BY 4.0",
}
HUMANEVAL = {
    "name": "HumanEval",
    "url": "https://github.com/openai/human-eval",
    "license": "MIT",
    "attribution": "HumanEval, Chen et al. (2021), OpenAI, MIT License",
}
X_LANGUAGES = {"python": "python", "cpp": "cpp", "java": "java", "javascript": "javascript"}
"""HumanEval-X task-id prefixes (lowercased) we grade, and their language names."""
EXTENSIONS = {"python": "py", "cpp": "cpp", "java": "java", "javascript": "js"}
_FOLDER_FIELDS = ("statement", "tests", "reference", "assertions", "prompt", "custom_checker")


def _read_jsonl(path: str) -> list[dict[str, Any]]:
    opener: Any = gzip.open if path.endswith(".gz") else open
    rows = []
    try:
        with opener(path, "rt", encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if line.strip():
                    try:
                        row = json.loads(line)
                    except ValueError:
                        raise InterviewError(f"{path}: line {n} is not JSON") from None
                    if not isinstance(row, dict):
                        raise InterviewError(f"{path}: line {n} is not a JSON object")
                    rows.append(row)
    except OSError as exc:
        raise InterviewError(f"cannot read {path}: {exc}") from None
    return rows


def problem_id(task_id: str) -> str:
    """A task id as a problem id (``CPP/0`` -> ``cpp-0``), as ``grade --samples`` finds it."""
    return re.sub(r"[^a-z0-9]+", "-", str(task_id).lower()).strip("-")


def _need(task: dict[str, Any], keys: Iterable[str], what: str) -> None:
    for key in keys:
        if key not in task:
            raise InterviewError(f"{what} task lacks `{key}`: {str(task)[:80]}")


def _annotation(node: ast.expr | None) -> str:
    text = ast.unparse(node) if node is not None else "Any"
    text = text.replace("typing.", "")
    return text if re.match(r"^[A-Za-z_][A-Za-z0-9_\[\], ]*$", text) else "Any"


# -- HumanEval (Python, check(candidate) on the trusted side) ---------------------------


def humaneval_record(task: dict[str, Any]) -> dict[str, Any]:
    """One HumanEval task as a pack record (a function problem with a trusted-side check)."""
    _need(task, ("task_id", "prompt", "test", "entry_point"), "HumanEval")
    entry = task["entry_point"]
    tree = ast.parse(task["prompt"])
    fn = next(
        (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == entry), None
    )
    if fn is None:
        raise InterviewError(f"{task['task_id']}: the prompt defines no function {entry!r}")
    params = [{"name": a.arg, "type": _annotation(a.annotation)} for a in fn.args.args]
    doc = ast.get_docstring(fn) or ""
    record: dict[str, Any] = {
        "format": PACK_FORMAT,
        "id": problem_id(task["task_id"]),
        "title": f"{task['task_id']}: {entry}",
        "difficulty": "medium",
        "topics": ["humaneval"],
        "signature": {"name": entry, "params": params, "returns": _annotation(fn.returns)},
        "statement": f"Complete `{entry}`.\n\n```python\n{task['prompt'].rstrip()}\n```\n\n{doc}\n",
        "prompt": task["prompt"],
        "assertions": task["test"],
        "source": {**HUMANEVAL, "task_id": str(task["task_id"])},
    }
    if task.get("canonical_solution"):
        record["reference"] = {"python": task["prompt"] + task["canonical_solution"]}
    return record


def humaneval_problem(task: dict[str, Any]) -> tuple[str, dict[str, Any], dict[str, str]]:
    """One HumanEval task as (id, problem.yaml data, {file name: text})."""
    return folder_files(humaneval_record(task))


# -- HumanEval-X (four languages, test programs) -----------------------------------------


def humaneval_x_record(task: dict[str, Any]) -> dict[str, Any] | None:
    """One HumanEval-X task as a pack record, or ``None`` for a language we do not grade (Go).

    The language is the task id's prefix (``CPP/12``). The task's ``test`` (a
    program: C++ ``main`` with ``assert``, Java ``Main``, JavaScript
    ``console.assert``, Python ``check``) is the hidden test and ``example_test``
    the visible one; each runs appended to the candidate's program, which is the
    prompt followed by the completion.
    """
    _need(task, ("task_id", "prompt", "test"), "HumanEval-X")
    prefix = str(task["task_id"]).split("/", 1)[0].lower()
    language = X_LANGUAGES.get(prefix)
    if language is None:
        return None
    prompt = task["prompt"]
    fence = "js" if language == "javascript" else language
    tests = []
    if str(task.get("example_test") or "").strip():
        tests.append({"name": "example", "stdin": "", "program": task["example_test"]})
    tests.append({"name": "tests", "stdin": "", "program": task["test"], "hidden": True})
    record: dict[str, Any] = {
        "format": PACK_FORMAT,
        "id": problem_id(task["task_id"]),
        "title": f"{task['task_id']}",
        "kind": "program",
        "difficulty": "medium",
        "topics": ["humaneval-x", language],
        "statement": (
            f"Complete the program below (HumanEval-X task `{task['task_id']}`); the task's"
            f" test program runs after it.\n\n```{fence}\n{prompt.rstrip()}\n```\n"
        ),
        "prompt": prompt,
        "starter": {language: prompt},
        "tests": tests,
        "source": {**HUMANEVAL_X, "task_id": str(task["task_id"])},
    }
    if task.get("canonical_solution"):
        record["reference"] = {language: prompt + task["canonical_solution"]}
    return record


# -- MBPP (Python, assert lines) ---------------------------------------------------------


_BUILTIN_CALLS = frozenset(
    "set sorted list tuple dict str int float abs round len math.isclose isclose sum min max"
    " any all frozenset bool repr".split()
)


def _mbpp_entry(assertion: str, code: str) -> str:
    """The function an MBPP test calls.

    The first call it makes to a function the code defines (or, without code, the
    first call that is not a builtin).
    """
    calls = re.findall(r"([A-Za-z_][\w.]*)\s*\(", assertion)
    defined = set(re.findall(r"^def\s+([A-Za-z_]\w*)", code, re.M))
    for name in calls:
        if name in defined:
            return name
    return next((n for n in calls if n not in _BUILTIN_CALLS and "." not in n), "solution")


def mbpp_record(task: dict[str, Any]) -> dict[str, Any]:
    """One MBPP task (original or sanitized file) as a pack record.

    MBPP's tests are ``assert`` lines run after the candidate's code; the first is
    shown (as MBPP's own prompt shows the tests) and is the visible test, all of
    them together (with ``challenge_test_list``) the hidden one.
    """
    _need(task, ("task_id", "test_list"), "MBPP")
    text = str(task.get("text") or task.get("prompt") or "").strip()
    if not text:
        raise InterviewError(f"MBPP task {task['task_id']} has no `text` (or `prompt`)")
    asserts = [str(t) for t in task["test_list"]]
    if not asserts:
        raise InterviewError(f"MBPP task {task['task_id']} has no tests")
    setup = "\n".join(
        [str(task.get("test_setup_code") or ""), *[str(i) for i in task.get("test_imports") or []]]
    ).strip()
    head = (setup + "\n") if setup else ""
    everything = asserts + [str(t) for t in task.get("challenge_test_list") or []]
    entry = _mbpp_entry(asserts[0], str(task.get("code") or ""))
    record: dict[str, Any] = {
        "format": PACK_FORMAT,
        "id": f"mbpp-{problem_id(str(task['task_id']))}",
        "title": f"MBPP {task['task_id']}: {entry}",
        "kind": "program",
        "difficulty": "easy",
        "topics": ["mbpp"],
        "statement": (
            f"{text}\n\nWrite a Python function `{entry}`. Your code should pass this test:\n\n"
            f"```python\n{asserts[0]}\n```\n"
        ),
        "starter": {"python": f"def {entry}():\n    pass\n"},
        "tests": [
            {"name": "example", "stdin": "", "program": head + asserts[0] + "\n"},
            {
                "name": "tests",
                "stdin": "",
                "program": head + "\n".join(everything) + "\n",
                "hidden": True,
            },
        ],
        "source": {**MBPP, "task_id": str(task["task_id"])},
    }
    if task.get("code"):
        record["reference"] = {"python": str(task["code"]).replace("\r\n", "\n")}
    return record


# -- packs -------------------------------------------------------------------------------


def check_record(record: dict[str, Any], where: str = "") -> Problem:
    """A pack record as a validated problem; raises with the record's place and the fix."""
    at = f"{where}: " if where else ""
    fmt = record.get("format", PACK_FORMAT)
    if fmt != PACK_FORMAT:
        raise InterviewError(f"{at}format {fmt!r} is not {PACK_FORMAT!r}; update the importer")
    if not isinstance(record.get("source"), dict):
        raise InterviewError(
            f"{at}record {record.get('id')!r} has no `source`: every pack problem names its"
            " set and licence (`source: {name, license, url, task_id}`)"
        )
    data = {k: v for k, v in record.items() if k != "format"}
    try:
        return Problem.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        raise InterviewError(
            f"{at}record {record.get('id')!r}: {loc}: {err['msg']} (see docs/packs.md)"
        ) from None


def folder_files(record: dict[str, Any]) -> tuple[str, dict[str, Any], dict[str, str]]:
    """A pack record as (id, problem.yaml data, {file name: text}), as the loader reads them."""
    problem = check_record(record)
    spec = {k: v for k, v in record.items() if k not in (*_FOLDER_FIELDS, "format")}
    files: dict[str, str] = {"statement.md": problem.statement}
    if problem.tests:
        tests = [t.model_dump(exclude_defaults=True) for t in problem.tests]
        files["tests.yaml"] = yaml.safe_dump(tests, sort_keys=False, allow_unicode=True)
    for language, code in problem.reference.items():
        files[f"reference/solution.{EXTENSIONS.get(language, language)}"] = code
    if problem.assertions:
        files["check.py"] = problem.assertions
    if problem.custom_checker:
        files["checker.py"] = problem.custom_checker
    if problem.prompt:
        if problem.kind == "program":  # a program's prompt is not Python: keep it in the yaml
            spec["prompt"] = problem.prompt
        else:
            files["prompt.py"] = problem.prompt
    return problem.id, spec, files


def write_pack(records: Iterable[dict[str, Any]], into: str) -> list[Path]:
    """Write one problem folder per pack record; returns the folders written."""
    out = Path(into)
    written = []
    for record in records:
        pid, spec, files = folder_files(record)
        folder = out / pid
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "problem.yaml").write_text(
            yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8"
        )
        for name, text in files.items():
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        written.append(folder)
    return written


def save_pack(records: Iterable[dict[str, Any]], path: str) -> int:
    """Write records as a pack file (JSONL; ``.gz`` compresses); returns how many."""
    opener: Any = gzip.open if path.endswith(".gz") else open
    n = 0
    with opener(path, "wt", encoding="utf-8") as f:
        for record in records:
            check_record(record)
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n


def read_pack(path: str) -> list[dict[str, Any]]:
    """A pack file's records, each checked (see ``docs/packs.md``)."""
    rows = _read_jsonl(path)
    for n, row in enumerate(rows, 1):
        check_record(row, f"{path}: line {n}")
    return rows


def compile_set(kind: str, path: str) -> tuple[list[dict[str, Any]], int]:
    """A public set's file as pack records, and how many tasks were skipped (other languages)."""
    rows = _read_jsonl(path)
    if kind == "humaneval":
        return [humaneval_record(t) for t in rows], 0
    if kind == "humaneval-x":
        records = [humaneval_x_record(t) for t in rows]
        kept = [r for r in records if r is not None]
        return kept, len(records) - len(kept)
    if kind == "mbpp":
        return [mbpp_record(t) for t in rows], 0
    if kind == "pack":
        return read_pack(path), 0
    raise InterviewError(f"unknown set {kind!r}; use humaneval, humaneval-x, mbpp or pack")


def import_set(kind: str, path: str, into: str) -> tuple[list[Path], int]:
    """Import a set's file into problem folders under ``into``: (folders, tasks skipped)."""
    records, skipped = compile_set(kind, path)
    return write_pack(records, into), skipped


def import_humaneval(path: str, into: str) -> list[Path]:
    """Write one problem folder per HumanEval task; returns the folders written."""
    return import_set("humaneval", path, into)[0]
