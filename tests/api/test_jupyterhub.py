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
    "scopes": ["admin:users", "admin:servers", "tokens"]}},
    # alice's server is shared with bob: he may reach it, but not her history
    {{"name": "peek", "users": ["bob"], "scopes": ["access:servers!user=alice"]}}]
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
    # bob may reach alice's server (a shared server, an admin): the API still refuses him
    # rather than answering with alice's history (the store acts for JUPYTERHUB_USER)
    peek = httpx.get(
        f"{base}/user/alice/interview/api/sessions",
        headers={"Authorization": f"token {tokens['bob']}"},
        follow_redirects=False,
        timeout=60,
    )
    assert peek.status_code == 403, peek.text
    assert "alice" not in json.dumps([s.get("user_id") for s in _list(peek)])
    renders = []
    for _ in range(3):  # no preheated pool under the hub: each load starts a kernel
        started = time.monotonic()
        app = httpx.get(
            f"{base}/user/carol/voila/render/interview.ipynb",
            params={"problem": "two-sum"},
            headers={"Authorization": f"token {tokens['carol']}"},
            timeout=300,
        )
        renders.append(round(time.monotonic() - started, 2))
        assert app.status_code == 200 and "interview" in app.text
    print(f"app page rendered under the hub in {renders} s")
    batch = httpx.get(
        f"{base}/user/carol/voila/render/grade.ipynb",
        headers={"Authorization": f"token {tokens['carol']}"},
        timeout=120,
    )
    assert batch.status_code == 404, batch.status_code  # only the app's notebooks are served
    if (ROOT / "widgets/static/editor.js").is_file():  # built at install when Node was there
        bundle = httpx.get(
            f"{base}/user/carol/voila/static/editor.js",
            headers={"Authorization": f"token {tokens['carol']}"},
            timeout=60,
        )
        assert bundle.status_code == 200 and len(bundle.content) > 10_000, bundle.status_code
    _check_page_kernel(base, "carol", tokens["carol"])
    _check_locked_down(base, "carol", tokens["carol"])
    ran = httpx.post(
        f"{base}/user/alice/interview/api/sessions/{made['alice']}/runs",
        json={"code": "def two_sum(nums, target):\n    return [0, 1]\n", "language": "python"},
        headers={"Authorization": f"token {tokens['alice']}"},
        timeout=300,
    )
    assert ran.status_code == 200 and ran.json()["verdict"] in ("AC", "WA"), ran.text
    print(json.dumps(made))


def _list(r: httpx.Response) -> list:
    try:
        data = r.json()
    except ValueError:
        return []
    return data if isinstance(data, list) else []


def _pids() -> list[int]:
    return [int(p) for p in os.listdir("/proc") if p.isdigit()]


def _environ(pid: int) -> dict[str, str]:
    try:
        raw = Path(f"/proc/{pid}/environ").read_bytes()
    except OSError:
        return {}
    return dict(kv.split("=", 1) for kv in raw.decode(errors="replace").split("\0") if "=" in kv)


def _cmdline(pid: int) -> str:
    try:
        return (
            Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        )
    except OSError:
        return ""


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for p in _pids():
        try:
            ppid = int(Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(p)
    out, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


def _check_page_kernel(base: str, user: str, token: str) -> None:
    """The page's kernel grades through the server's service: its env, no sandbox of its own."""
    from interview_kernel import load_problem
    from widgets._grading import ServiceGrader

    kernels = [
        p
        for p in _pids()
        if "widgets.page_kernel" in _cmdline(p) and _environ(p).get("JUPYTERHUB_USER") == user
    ]
    assert kernels, f"no page kernel of {user} found"
    time.sleep(3)  # a kernel without the service would be starting its sandbox by now
    for pid in kernels:
        env = _environ(pid)
        assert env.get("INTERVIEW_SERVICE_URL", "").endswith(f"/user/{user}/"), env
        assert env.get("INTERVIEW_SERVICE_TOKEN"), "no service token in the page's kernel"
        assert env.get("INTERVIEW_BUNDLES_SERVED") == "1", "the page would inline the bundles"
        sandboxes = [d for d in _descendants(pid) if "bwrap" in _cmdline(d)]
        assert not sandboxes, f"the page's kernel {pid} started a sandbox: {sandboxes}"
    env = _environ(kernels[0])
    status = httpx.get(
        f"{base}/user/{user}/interview/api/grading",
        headers={"Authorization": f"token {token}"},
        timeout=60,
    )
    assert status.status_code == 200, status.text
    before = status.json()["completed"]
    # what the page's kernel does on Run, with the kernel's own address and token
    grader = ServiceGrader(env["INTERVIEW_SERVICE_URL"], env["INTERVIEW_SERVICE_TOKEN"], 300)
    result = grader.grade(
        load_problem("two-sum"),
        "def two_sum(nums, target):\n"
        "    seen = {}\n"
        "    for i, x in enumerate(nums):\n"
        "        if target - x in seen:\n"
        "            return [seen[target - x], i]\n"
        "        seen[x] = i\n",
        language="python",
    )
    assert result.verdict.value == "AC", result.to_dict()
    after = httpx.get(
        f"{base}/user/{user}/interview/api/grading",
        headers={"Authorization": f"token {token}"},
        timeout=60,
    ).json()["completed"]
    assert after == before + 1, (before, after)


def _check_locked_down(base: str, user: str, token: str) -> None:
    """The candidate's own server runs none of their code outside the sandbox."""
    import asyncio
    import uuid

    from tornado.httpclient import HTTPRequest
    from tornado.websocket import websocket_connect

    auth = {"Authorization": f"token {token}"}
    with httpx.Client(base_url=f"{base}/user/{user}", headers=auth, timeout=60) as c:
        assert c.post("/api/kernels", json={"name": "python3"}).status_code == 403
        assert c.put("/api/contents/x.py", json={"type": "file", "format": "text",
                     "content": "print(1)"}).status_code == 403  # fmt: skip
        assert c.post("/api/terminals").status_code in (403, 404)
        kernels = c.get("/api/kernels")
        assert kernels.status_code == 200, kernels.text
        kernel_id = kernels.json()[0]["id"]

    def message(msg_type: str, content: dict) -> str:
        header = {"msg_id": uuid.uuid4().hex, "msg_type": msg_type, "username": user,
                  "session": uuid.uuid4().hex, "version": "5.3"}  # fmt: skip
        return json.dumps({"header": header, "parent_header": {}, "metadata": {},
                           "content": content, "channel": "shell", "buffers": []})  # fmt: skip

    async def talk() -> list[str]:
        ws_url = base.replace("http", "ws", 1) + f"/user/{user}/api/kernels/{kernel_id}/channels"
        ws = await websocket_connect(HTTPRequest(ws_url, headers=auth))
        try:
            ws.write_message(message("execute_request", {"code": "import os; os.getpid()",
                             "silent": False, "store_history": False}))  # fmt: skip
            ws.write_message(message("kernel_info_request", {}))
            seen: list[str] = []
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline:
                try:
                    raw = await asyncio.wait_for(ws.read_message(), 1)
                except asyncio.TimeoutError:
                    continue
                if raw is None:
                    break
                if isinstance(raw, str):
                    seen.append(json.loads(raw)["header"]["msg_type"])
            return seen
        finally:
            ws.close()

    seen = asyncio.run(talk())
    assert "kernel_info_reply" in seen, seen  # the widget channel works
    assert "execute_reply" not in seen and "execute_input" not in seen, seen
