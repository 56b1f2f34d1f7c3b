"""Importers for public problem sets (HumanEval JSONL) into problem folders."""

from __future__ import annotations

import ast
import gzip
import json
import re
from pathlib import Path
from typing import Any

import yaml

from ..errors import InterviewError


def _read_jsonl(path: str) -> list[dict[str, Any]]:
    opener: Any = gzip.open if path.endswith(".gz") else open
    rows = []
    try:
        with opener(path, "rt", encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if line.strip():
                    try:
                        rows.append(json.loads(line))
                    except ValueError:
                        raise InterviewError(f"{path}: line {n} is not JSON") from None
    except OSError as exc:
        raise InterviewError(f"cannot read {path}: {exc}") from None
    return rows


def _annotation(node: ast.expr | None) -> str:
    text = ast.unparse(node) if node is not None else "Any"
    text = text.replace("typing.", "")
    return text if re.match(r"^[A-Za-z_][A-Za-z0-9_\[\], ]*$", text) else "Any"


def humaneval_problem(task: dict[str, Any]) -> tuple[str, dict[str, Any], dict[str, str]]:
    """One HumanEval task as (id, problem.yaml data, {file name: text})."""
    for key in ("task_id", "prompt", "test", "entry_point"):
        if key not in task:
            raise InterviewError(f"HumanEval task lacks `{key}`: {str(task)[:80]}")
    entry = task["entry_point"]
    tree = ast.parse(task["prompt"])
    fn = next(
        (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == entry), None
    )
    if fn is None:
        raise InterviewError(f"{task['task_id']}: the prompt defines no function {entry!r}")
    params = [{"name": a.arg, "type": _annotation(a.annotation)} for a in fn.args.args]
    pid = re.sub(r"[^a-z0-9]+", "-", task["task_id"].lower()).strip("-")
    doc = ast.get_docstring(fn) or ""
    spec = {
        "id": pid,
        "title": f"{task['task_id']}: {entry}",
        "difficulty": "medium",
        "topics": ["humaneval"],
        "signature": {"name": entry, "params": params, "returns": _annotation(fn.returns)},
    }
    files = {
        "prompt.py": task["prompt"],
        "check.py": task["test"],
        "statement.md": (
            f"Complete `{entry}`.\n\n```python\n{task['prompt'].rstrip()}\n```\n\n{doc}\n"
        ),
    }
    if task.get("canonical_solution"):
        files["reference/solution.py"] = task["prompt"] + task["canonical_solution"]
    return pid, spec, files


def import_humaneval(path: str, into: str) -> list[Path]:
    """Write one problem folder per HumanEval task; returns the folders written."""
    out = Path(into)
    written = []
    for task in _read_jsonl(path):
        pid, spec, files = humaneval_problem(task)
        folder = out / pid
        (folder / "reference").mkdir(parents=True, exist_ok=True)
        (folder / "problem.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))
        for name, text in files.items():
            (folder / name).write_text(text)
        written.append(folder)
    return written
