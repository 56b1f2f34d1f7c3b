"""A page's kernel imports what its first paint shows, and nothing a click needs first.

Each test runs ``notebooks/interview.ipynb``'s own code cells in a fresh Python
process, as a preheated Voila kernel does under ``interview serve``: the server's
grading service, a store the server has already migrated, and the page's query
string read from a stand-in for Voila's ``voila/query`` websocket. It then reads
``sys.modules`` after the page was built. The heavy stacks (Alembic, the grader and its sandbox
and probe, plots, the design and behavioural modes, notebooks, data frames) must
load on the click that needs them, not before.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "notebooks" / "interview.ipynb"

NEVER_AT_FIRST_PAINT = (
    "alembic",  # interview serve migrated the store; the page checks the revision in SQL
    "matplotlib",  # the complexity plot, drawn after an Accepted
    "numpy",
    "pandas",
    "nbformat",
    "papermill",
    "jupyter_server",
    "interview_kernel.grading.grader",  # grading goes through the server's service
    "interview_kernel.grading.probe",
    "interview_kernel.grading.service",
    "interview_kernel.sandbox",
    "interview_kernel.batch",
    "interview_kernel.api",
    "interview_kernel.cli",
    "widgets.design_app",  # mode=design|behavioral pages only
    "widgets.behavioral_app",
    "widgets.whiteboard",
    "widgets.dashboard",
    "widgets.magic",
    "voila",  # voila.utils alone is ~45 MB: jupyter_server, nbconvert, nbformat, jsonschema
    "nbconvert",
    "jsonschema",
)

PAGE = """
import json, os, sys
cells = [c for c in json.load(open(sys.argv[1]))["cells"] if c["cell_type"] == "code"]
for i, cell in enumerate(cells):
    exec(compile("".join(cell["source"]), f"cell-{i}", "exec"), globals())
assert "app" in globals(), "the notebook built no page"
print("QUERY=" + os.environ.get("QUERY_STRING", "?"))
print("PAGE=" + type(app.children[-1]).__name__)
print("MODULES=" + json.dumps(sorted(sys.modules)))
"""


@contextmanager
def _voila_query(query: str) -> Iterator[int]:
    """A stand-in for Voila's ``voila/query/<kernel id>`` websocket; yields its port."""
    from websockets.sync.server import ServerConnection, serve

    def handler(ws: ServerConnection) -> None:
        path = ws.request.path if ws.request is not None else ""
        if path == "/voila/query/kernel-1":
            ws.send(json.dumps({"QUERY_STRING": query, "SERVER_SOFTWARE": "voila/0.5.13"}))

    with serve(handler, "127.0.0.1", 0) as server:
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield int(server.socket.getsockname()[1])
        finally:
            server.shutdown()
            thread.join(5)


def _page_modules(problem: str | None, tmp_path: Path) -> set[str]:
    from interview_kernel.store import create_store_engine, head_revision

    db = tmp_path / "iv.db"
    create_store_engine(f"sqlite:///{db}").dispose()  # what interview serve does at start
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
        "INTERVIEW_DB_URL": f"sqlite:///{db}",
        "INTERVIEW_STORE_HEAD": head_revision(),
        "INTERVIEW_SERVICE_URL": "http://127.0.0.1:9",  # never called while building
        "INTERVIEW_SERVICE_TOKEN": "t",
        "INTERVIEW_USER": "page-imports",
        "VOILA_PREHEAT": "True",
        "VOILA_KERNEL_ID": "kernel-1",
        "VOILA_SERVER_URL": "/",
    }
    for name in ("QUERY_STRING", "SERVER_SOFTWARE", "JUPYTERHUB_USER", "VOILA_WS_BASE_URL"):
        env.pop(name, None)
    query = f"problem={problem}" if problem else ""
    with _voila_query(query) as port:
        env["VOILA_APP_PORT"] = str(port)
        out = subprocess.run(
            [sys.executable, "-c", PAGE, str(NOTEBOOK)],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
    assert out.returncode == 0, out.stderr[-3000:]
    lines = out.stdout.splitlines()
    assert f"QUERY={query}" in lines  # the page read its request
    assert ("PAGE=InterviewApp" if problem else "PAGE=ProblemPicker") in lines
    line = next(ln for ln in out.stdout.splitlines() if ln.startswith("MODULES="))
    return set(json.loads(line.removeprefix("MODULES=")))


def _loaded(modules: set[str], name: str) -> bool:
    return name in modules or any(m.startswith(name + ".") for m in modules)


@pytest.mark.parametrize("problem", ["two-sum", None], ids=["app", "picker"])
def test_first_paint_leaves_the_heavy_stacks_unloaded(problem: Any, tmp_path: Path) -> None:
    modules = _page_modules(problem, tmp_path)
    assert "widgets.app" in modules and "widgets.picker" in modules  # the page was built
    assert "sqlalchemy" in modules  # the session is in the store from the first paint
    loaded = [name for name in NEVER_AT_FIRST_PAINT if _loaded(modules, name)]
    assert loaded == []


def test_a_store_at_another_revision_is_migrated(tmp_path: Path) -> None:
    """The shortcut only trusts the server's revision: anything else runs the migrations."""
    from interview_kernel.store import dispose_engines, get_engine
    from interview_kernel.store._engine import database_url
    from widgets.picker import open_store

    db = tmp_path / "fresh.db"
    mp = pytest.MonkeyPatch()
    try:
        mp.setenv("INTERVIEW_DB_URL", f"sqlite:///{db}")
        mp.setenv("INTERVIEW_STORE_HEAD", "not-a-revision")
        open_store()
        engine = get_engine()
        with engine.connect() as conn:
            tables = {
                r[0]
                for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
            }
        assert "interview_sessions" in tables and "alembic_version" in tables
        assert database_url() == str(engine.url)
    finally:
        mp.undo()
        dispose_engines()
