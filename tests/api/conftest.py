"""A real ``interview serve`` (Voila + the API + the grading service) on a free port."""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "alice-token-0123456789"
BOB = "bob-token-0123456789"


@dataclass
class Server:
    base: str
    log: Path
    db: Path

    def client(self, token: str | None = TOKEN) -> httpx.Client:
        headers = {"Authorization": f"token {token}"} if token else {}
        return httpx.Client(base_url=self.base + "/interview/api", headers=headers, timeout=60)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def interview_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("interview")
    return [str(exe)] if exe.exists() else [shutil.which("interview") or "interview"]


def start_server(
    tmp: Path, extra_env: dict[str, str] | None = None
) -> tuple[subprocess.Popen, Server]:
    port = free_port()
    tokens = tmp / "tokens.json"
    tokens.write_text(json.dumps({BOB: "bob"}))
    db = tmp / "interview.db"
    env = {
        **os.environ,
        "INTERVIEW_DB_URL": f"sqlite:///{db}",
        "INTERVIEW_TOKEN": TOKEN,
        "INTERVIEW_TOKENS_FILE": str(tokens),
        "INTERVIEW_USER": "alice",
        "INTERVIEW_GRADING_POOL": "2",
        **(extra_env or {}),
    }
    env.pop("JUPYTERHUB_USER", None)
    log = tmp / "serve.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [*interview_cmd(), "serve", "--port", str(port), "--no-preheat"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    server = Server(f"http://127.0.0.1:{port}", log, db)
    deadline = time.monotonic() + 90
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"interview serve exited:\n{log.read_text()[-3000:]}")
        try:
            r = httpx.get(
                server.base + "/interview/api/grading",
                headers={"Authorization": f"token {TOKEN}"},
                timeout=2,
            )
            if r.status_code == 200 and r.json()["ready"]:
                return proc, server
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            stop_server(proc)
            raise RuntimeError(f"interview serve did not get ready:\n{log.read_text()[-3000:]}")
        time.sleep(0.3)


def stop_server(proc: subprocess.Popen) -> None:
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(5)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    proc, srv = start_server(tmp_path_factory.mktemp("api"))
    try:
        yield srv
    finally:
        stop_server(proc)
