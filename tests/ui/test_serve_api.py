"""``interview serve`` generates a token like Jupyter; the API loads into any jupyter_server."""

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.api.conftest import ROOT, free_port, interview_cmd, stop_server

pytestmark = pytest.mark.slow


def _wait_line(log: Path, proc: subprocess.Popen, pattern: str, timeout: float = 240) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = log.read_text(errors="replace")
        m = re.search(pattern, text)
        if m:
            return m.group(1)
        if proc.poll() is not None:
            raise AssertionError(f"the server exited:\n{text[-3000:]}")
        time.sleep(0.3)
    raise AssertionError(f"no {pattern!r} in:\n{log.read_text()[-3000:]}")


def _until_up(url: str, **kw) -> httpx.Response:
    deadline = time.monotonic() + 240  # a loaded 2-core machine takes 20 s to import the server
    while True:
        try:
            return httpx.get(url, timeout=5, **kw)
        except httpx.HTTPError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def test_serve_generates_a_token_and_prints_it_in_the_url(tmp_path):
    port = free_port()
    env = {**os.environ, "INTERVIEW_DB_URL": f"sqlite:///{tmp_path / 'db.sqlite'}"}
    env.pop("INTERVIEW_TOKEN", None)
    log = tmp_path / "serve.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [*interview_cmd(), "serve", "--port", str(port), "--no-preheat"],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
    try:
        token = _wait_line(log, proc, r"interview\.ipynb\?token=([\w-]+)")
        assert len(token) >= 24
        base = f"http://127.0.0.1:{port}"
        assert _until_up(base + "/interview/api/problems").status_code == 401
        ok = httpx.get(
            base + "/interview/api/problems",
            headers={"Authorization": f"token {token}"},
            timeout=120,  # the first listing reads the whole bank
        )
        assert ok.status_code == 200 and any(p["id"] == "two-sum" for p in ok.json())
        page = httpx.get(base + f"/voila/render/interview.ipynb?token={token}", timeout=120)
        assert page.status_code == 200 and "interview" in page.text
    finally:
        stop_server(proc)


def test_the_api_is_a_jupyter_server_extension(tmp_path):
    port, token = free_port(), "ext-token-0123456789"
    env = {
        **os.environ,
        "INTERVIEW_DB_URL": f"sqlite:///{tmp_path / 'db.sqlite'}",
        "INTERVIEW_USER": "carol",
        "INTERVIEW_GRADING_POOL": "1",
    }
    env.pop("JUPYTERHUB_USER", None)
    log = tmp_path / "server.log"
    config = tmp_path / "jupyter_server_config.json"
    config.write_text(
        json.dumps({"ServerApp": {"jpserver_extensions": {"interview_kernel.api": True}}})
    )
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [
                str(Path(sys.executable).with_name("jupyter-server")), f"--port={port}",
                "--no-browser",
                "--allow-root",
                f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={tmp_path}",
                f"--config={config}",
            ],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
    try:
        base = f"http://127.0.0.1:{port}/interview/api"
        auth = {"Authorization": f"token {token}"}
        r = _until_up(base + "/openapi.json", headers=auth)
        assert r.status_code == 200 and r.json()["openapi"].startswith("3.")
        assert httpx.get(base + "/stats", timeout=120).status_code in (401, 403)
        made = httpx.post(
            base + "/sessions", json={"problem": "two-sum"}, headers=auth, timeout=120
        )
        assert made.status_code == 201 and made.json()["user_id"] == "carol"
        ran = httpx.post(
            base + f"/sessions/{made.json()['id']}/runs",
            json={"code": "def two_sum(nums, target):\n    return [0, 1]\n", "language": "python"},
            headers=auth,
            timeout=120,
        )
        assert ran.status_code == 200 and ran.json()["verdict"] in ("AC", "WA")
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(5)
