"""The house rules: layer contracts hold, no import cycles, a cheap package import."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parents[1]


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan), each a cycle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph.find_modules_directly_imported_by(v):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    sys.setrecursionlimit(10000)
    for m in sorted(graph.modules):
        if m not in index:
            visit(m)
    return out


def test_no_import_cycles():
    graph = grimp.build_graph("interview_kernel", "widgets")
    # A package's __init__ that hands on its children's names is its face, not a cycle.
    for m in list(graph.modules):
        for child in graph.find_children(m):
            if graph.direct_import_exists(importer=m, imported=child):
                graph.remove_import(importer=m, imported=child)
    assert _cycles(graph) == []


@pytest.mark.skipif(
    not shutil.which("lint-imports", path=str(Path(sys.executable).parent)),
    reason="import-linter is not installed",
)
def test_layer_contracts_hold():
    exe = Path(sys.executable).parent / "lint-imports"
    out = subprocess.run([str(exe)], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-2000:]
    assert "0 broken" in out.stdout


def test_importing_the_package_loads_no_kernel_or_database_code():
    code = (
        "import interview_kernel, sys\n"
        "heavy = {'jupyter_client', 'zmq', 'sqlalchemy', 'alembic', 'ipywidgets'}\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_public_face_is_lazy_but_complete():
    import interview_kernel

    for name in interview_kernel.__all__:
        assert getattr(interview_kernel, name) is not None
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        interview_kernel.nope  # noqa: B018
