"""Helpers of the browser tests that serve their own store: ``interview serve`` and axe-core.

``serving`` starts the real ``interview serve`` (Voila) on a free port in a
project folder of the test's choosing (its ``notebooks/`` is what is served)
with its own store, and stops the whole process group at the end.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE = ROOT / "tests" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
LOAD_TIMEOUT_MS = 90_000


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _interview_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("interview")
    return [str(exe)] if exe.exists() else [shutil.which("interview") or "interview"]


@contextmanager
def serving(project: Path, db: Path, user: str, *extra: str) -> Iterator[str]:
    """``interview serve`` of ``project/notebooks`` on a free port as ``user``, store ``db``."""
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed (apt-get install chromium)")
    port = free_port()
    log = db.parent / "serve.log"
    env = {**os.environ, "INTERVIEW_DB_URL": f"sqlite:///{db}", "INTERVIEW_USER": user}
    env["INTERVIEW_TOKEN"] = ""  # loopback without a token: the browser needs no login
    env.setdefault("INTERVIEW_GRADING_POOL", "4")  # a few pages, not 100 candidates
    env.pop("JUPYTERHUB_USER", None)
    env.pop("INTERVIEW_APP_URL", None)
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [*_interview_cmd(), "serve", "--port", str(port), "--no-preheat", *extra],
            cwd=project,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                pytest.fail(f"interview serve exited:\n{log.read_text()[-3000:]}")
            try:
                with urllib.request.urlopen(base + "/", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail(f"interview serve did not answer:\n{log.read_text()[-3000:]}")
                time.sleep(0.3)
        yield base
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(5)


@contextmanager
def chromium() -> Iterator[Any]:
    """A headless Debian Chromium through Playwright."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


def axe(page: Any, scope: str) -> list[dict[str, Any]]:
    """Serious and critical axe-core violations inside ``scope`` (axe injected from disk)."""
    if not AXE.is_file():
        pytest.skip("axe-core is not installed: cd tests/axe && npm install")
    page.add_script_tag(path=str(AXE))
    found = page.evaluate(
        """async scope => (await axe.run(scope, {resultTypes: ["violations"]})).violations
            .map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(" "))}))
        """,
        scope,
    )
    return [v for v in found if v["impact"] in ("serious", "critical")]
