"""The JupyterHub recipe with a real hub: three users, each sees the app and only their history.

Needs ``jupyterhub`` (pip) and ``configurable-http-proxy`` (npm: ``make test`` installs
it under ``deploy/jupyterhub``; else ``INTERVIEW_TEST_CHP`` or PATH); skipped without
them. The store is PostgreSQL when ``INTERVIEW_TEST_PG_URL`` is set (the recipe's
target), else one SQLite file shared by the three servers.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from .conftest import ROOT, free_port

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]

USERS = ("alice", "bob", "carol")
SERVICE_TOKEN = "hub-test-service-token-0123456789"


def _chp() -> str | None:
    """The proxy: ``INTERVIEW_TEST_CHP``, the recipe's own (``make test`` installs it), PATH."""
    local = ROOT / "deploy/jupyterhub/node_modules/.bin/configurable-http-proxy"
    return (
        os.environ.get("INTERVIEW_TEST_CHP")
        or (str(local) if local.exists() else None)
        or shutil.which("configurable-http-proxy")
    )


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    pytest.importorskip("jupyterhub")
    chp = _chp()
    if chp is None:
        pytest.skip(
            "configurable-http-proxy is not installed (npm install configurable-http-proxy)"
        )
    tmp = tmp_path_factory.mktemp("hub")
    port, hub_port = free_port(), free_port()
    db_url = os.environ.get("INTERVIEW_TEST_PG_URL") or f"sqlite:///{tmp / 'interview.db'}"
    if db_url.startswith("postgresql"):
        from interview_kernel.store import get_engine

        get_engine(db_url)  # migrate once before three servers race to
    config = tmp / "jupyterhub_config.py"
    config.write_text(
        f"""
import os
os.environ["INTERVIEW_DB_URL"] = {db_url!r}
os.environ["INTERVIEW_GRADING_POOL"] = "1"
_recipe = {str(ROOT / "deploy/jupyterhub/jupyterhub_config.py")!r}
exec(compile(open(_recipe).read(), _recipe, "exec"), {{**globals(), "__file__": _recipe}})
c.JupyterHub.bind_url = "http://127.0.0.1:{port}"
c.JupyterHub.hub_bind_url = "http://127.0.0.1:{hub_port}"
c.JupyterHub.db_url = "sqlite:///{tmp / "hub.sqlite"}"
c.JupyterHub.cookie_secret_file = "{tmp / "cookie_secret"}"
c.ConfigurableHTTPProxy.command = [{chp!r}]
c.ConfigurableHTTPProxy.pid_file = "{tmp / "proxy.pid"}"
c.Spawner.args = c.Spawner.args + ["--ServerApp.allow_root=True"]
c.Spawner.environment["INTERVIEW_DB_URL"] = {db_url!r}
c.Spawner.environment["INTERVIEW_GRADING_POOL"] = "1"
c.Spawner.start_timeout = 300
c.Spawner.http_timeout = 300
c.JupyterHub.services = [{{"name": "test", "api_token": {SERVICE_TOKEN!r}}}]
c.JupyterHub.load_roles = [{{"name": "test", "services": ["test"],
    "scopes": ["admin:users", "admin:servers", "tokens"]}}]
c.Authenticator.allowed_users = {set(USERS)!r}
"""
    )
    log = tmp / "hub.log"
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    for k in ("JUPYTERHUB_USER", "INTERVIEW_TOKEN", "INTERVIEW_USER"):
        env.pop(k, None)
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "jupyterhub", "-f", str(config)],
            cwd=tmp, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    api = httpx.Client(
        base_url=base + "/hub/api", headers={"Authorization": f"token {SERVICE_TOKEN}"}, timeout=60
    )
    try:
        deadline = time.monotonic() + 240
        while True:
            try:
                if api.get("/").status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"the hub did not start:\n{log.read_text()[-4000:]}")
            time.sleep(1)
        tokens = {}
        for user in USERS:
            assert api.post(f"/users/{user}").status_code in (201, 409)
            r = api.post(f"/users/{user}/tokens", json={"note": "test"})
            assert r.status_code == 201, r.text
            tokens[user] = r.json()["token"]
            assert api.post(f"/users/{user}/server").status_code in (201, 202), log.read_text()[
                -3000:
            ]
        deadline = time.monotonic() + 400
        while not all(api.get(f"/users/{u}").json().get("server") for u in USERS):
            if time.monotonic() > deadline:
                pytest.fail(f"the servers did not start:\n{log.read_text()[-4000:]}")
            time.sleep(2)
        yield base, tokens, log
    finally:
        api.close()
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(5)


def test_each_hub_user_sees_the_app_and_only_their_own_history(hub):
    base, tokens, log = hub
    made = {}
    for user in USERS:
        c = httpx.Client(
            base_url=f"{base}/user/{user}/interview/api",
            headers={"Authorization": f"token {tokens[user]}"},
            timeout=120,
        )
        with c:
            r = c.post("/sessions", json={"problem": "two-sum"})
            assert r.status_code == 201, r.text + log.read_text()[-3000:]
            assert r.json()["user_id"] == user
            made[user] = r.json()["id"]
            mine = [s["user_id"] for s in c.get("/sessions").json()]
            assert mine == [user]
    # alice's token opens neither bob's server nor bob's history
    r = httpx.get(
        f"{base}/user/bob/interview/api/sessions",
        headers={"Authorization": f"token {tokens['alice']}"},
        follow_redirects=False,
        timeout=60,
    )
    assert r.status_code in (302, 401, 403, 404), r.status_code
    app = httpx.get(
        f"{base}/user/carol/voila/render/interview.ipynb",
        params={"problem": "two-sum"},
        headers={"Authorization": f"token {tokens['carol']}"},
        timeout=300,
    )
    assert app.status_code == 200 and "interview" in app.text
    ran = httpx.post(
        f"{base}/user/alice/interview/api/sessions/{made['alice']}/runs",
        json={"code": "def two_sum(nums, target):\n    return [0, 1]\n", "language": "python"},
        headers={"Authorization": f"token {tokens['alice']}"},
        timeout=300,
    )
    assert ran.status_code == 200 and ran.json()["verdict"] in ("AC", "WA"), ran.text
    print(json.dumps(made))
