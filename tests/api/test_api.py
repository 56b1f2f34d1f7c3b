"""The REST + WebSocket API against a started ``interview serve``, with real clients.

Every route, authentication, per-user isolation, validation, JSON errors
without tracebacks, grading through the shared service (the real sandbox).
"""

import asyncio
import json

import httpx
import pytest
import websockets

from .conftest import BOB, TOKEN, Server, start_server, stop_server

GOOD = (
    "def two_sum(nums, target):\n    seen = {}\n    for i, x in enumerate(nums):\n"
    "        if target - x in seen:\n            return [seen[target - x], i]\n"
    "        seen[x] = i\n"
)
WRONG = "def two_sum(nums, target):\n    return [0, 1]\n"

pytestmark = pytest.mark.slow


def _error(r: httpx.Response, status: int, code: str | None = None) -> dict:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and {"code", "message"} <= set(body["error"])
    assert "Traceback" not in r.text and 'File "' not in r.text
    if code:
        assert body["error"]["code"] == code, body
    return body["error"]


def _session(c: httpx.Client, problem: str = "two-sum") -> dict:
    r = c.post("/sessions", json={"problem": problem, "language": "python", "mode": "coding"})
    assert r.status_code == 201, r.text
    return r.json()


def test_every_route_needs_a_token(server: Server) -> None:
    with server.client(None) as anon, server.client("wrong-token") as wrong:
        for c in (anon, wrong):
            for path in ("/problems", "/sessions", "/stats", "/schedule", "/notes", "/grading"):
                _error(c.get(path), 401, "unauthorized")
            _error(c.post("/sessions", json={"problem": "two-sum"}), 401)
            assert c.get("/openapi.json").status_code == 401


def test_openapi_lists_every_route(server: Server) -> None:
    with server.client() as c:
        doc = c.get("/openapi.json").json()
    assert doc["openapi"].startswith("3.")
    paths = doc["paths"]
    for p in (
        "/interview/api/problems",
        "/interview/api/sessions/{session_id}/runs",
        "/interview/api/sessions/{session_id}/chat",
        "/interview/api/schedule.ics",
    ):
        assert p in paths
    body = paths["/interview/api/sessions"]["post"]["requestBody"]
    ref = body["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
    assert "problem" in doc["components"]["schemas"][ref]["properties"]


def test_problems_list_filters_and_show_hides_hidden_tests(server: Server) -> None:
    with server.client() as c:
        everything = c.get("/problems").json()
        assert {"id", "title", "difficulty", "topics", "languages", "kind"} <= set(everything[0])
        easy = c.get("/problems", params={"difficulty": "easy"}).json()
        assert easy and len(easy) < len(everything)
        assert all(p["difficulty"] == "easy" for p in easy)
        assert [p["id"] for p in c.get("/problems", params={"q": "two-sum"}).json()] == [
            "two-sum",
            "two-sum-sorted",
        ]
        shown = c.get("/problems/two-sum").json()
        assert shown["id"] == "two-sum" and shown["tests"]
        assert not any(t["hidden"] for t in shown["tests"]) and "reference" not in shown
        _error(c.get("/problems/no-such-problem"), 404, "not_found")
        _error(c.get("/problems", params={"q": "x" * 500}), 400, "invalid")


def test_run_submit_end_and_isolation(server: Server) -> None:
    with server.client() as alice, server.client(BOB) as bob:
        s = _session(alice)
        assert s["user_id"] == "alice" and s["status"] == "active"
        run = alice.post(
            f"/sessions/{s['id']}/runs",
            json={"code": GOOD, "language": "python", "inputs": "[3,3]\n6"},
        )
        assert run.status_code == 200, run.text
        result = run.json()
        assert result["verdict"] == "AC" and result["tests"][-1]["name"] == "custom-1"
        assert not any(t["hidden"] for t in result["tests"])
        assert result["tests"][-1]["expected"] == [0, 1]
        assert result["queued_behind"] >= 0 and result["queued_ms"] >= 0  # waited for a kernel

        sub = alice.post(
            f"/sessions/{s['id']}/submissions", json={"code": WRONG, "language": "python"}
        )
        assert sub.status_code == 201, sub.text
        d = sub.json()
        assert d["verdict"] == "WA" and d["submission_id"] > 0
        for t in d["tests"]:
            if t["hidden"]:
                assert set(t) == {"name", "hidden", "verdict", "time_ms"}

        # Bob sees nothing of Alice's: the session, its runs, its end, its chat.
        _error(bob.get(f"/sessions/{s['id']}"), 404, "not_found")
        _error(
            bob.post(f"/sessions/{s['id']}/runs", json={"code": GOOD, "language": "python"}), 404
        )
        _error(bob.post(f"/sessions/{s['id']}/end", json={}), 404)
        assert all(x["id"] != s["id"] for x in bob.get("/sessions").json())

        got = alice.get(f"/sessions/{s['id']}").json()
        assert [x["verdict"] for x in got["submissions"]] == ["WA"]
        end = alice.post(f"/sessions/{s['id']}/end", json={"self_assessment": 3})
        assert end.status_code == 200, end.text
        assert end.json()["score"] is not None
        _error(
            alice.post(f"/sessions/{s['id']}/runs", json={"code": GOOD, "language": "python"}),
            409,
            "session_ended",
        )
        stats = alice.get("/stats").json()
        assert stats and bob.get("/stats").json() != stats


def test_validation_errors_are_json(server: Server) -> None:
    with server.client() as c:
        s = _session(c)
        url = f"/sessions/{s['id']}/runs"
        _error(c.post(url, content=b"not json"), 400, "invalid_json")
        _error(c.post(url, json=[1, 2]), 400, "invalid")
        _error(c.post(url, json={"code": 5, "language": "python"}), 400, "invalid")
        _error(c.post(url, json={"code": GOOD, "language": "python", "extra": 1}), 400)
        _error(c.post(url, json={"code": "x" * 70_000, "language": "python"}), 400)
        err = _error(
            c.post(url, json={"code": GOOD, "language": "python", "inputs": "[1,2]\n"}), 400
        )
        assert "Traceback" not in err["message"]
        _error(c.post(url, json={"code": GOOD, "language": "cobol"}), 400)
        _error(c.post("/sessions", json={"problem": "two-sum", "mode": "party"}), 400)
        _error(c.post("/sessions", json={"problem": "../../etc/passwd"}), 400)
        _error(c.get("/sessions/99999999"), 404)
        _error(c.post("/sessions", content=b"x" * 300_000), 413, "too_large")
        _error(c.delete("/sessions"), 405)


def test_schedule_reminders_preferences_notes(server: Server) -> None:
    with server.client() as alice, server.client(BOB) as bob:
        made = alice.post(
            "/schedule", json={"weeks": 2, "day": "friday", "at": "15:00", "tz": "Europe/Paris"}
        )
        assert made.status_code == 201, made.text
        ivs = alice.get("/schedule").json()
        assert len(ivs) == 2 and bob.get("/schedule").json() == []
        first = ivs[0]["id"]
        _error(bob.post(f"/schedule/{first}/cancel"), 404, "not_found")
        moved = alice.post(f"/schedule/{first}/reschedule", json={"time": "2099-01-02T10:00+00:00"})
        assert moved.status_code == 200, moved.text
        _error(alice.post(f"/schedule/{first}/reschedule", json={"time": "tomorrow"}), 400)
        assert alice.post(f"/schedule/{first}/cancel").json()["status"] == "cancelled"
        ics = alice.get("/schedule.ics")
        assert ics.headers["content-type"].startswith("text/calendar")
        assert b"BEGIN:VCALENDAR" in ics.content and b"BEGIN:VEVENT" in ics.content
        assert b"BEGIN:VEVENT" not in bob.get("/schedule.ics").content
        assert alice.get("/reminders").json() == []
        _error(alice.post("/reminders/12345/dismiss"), 404)

        prefs = alice.get("/preferences").json()
        assert prefs["timezone"] == "Europe/Paris"
        changed = alice.put(
            "/preferences", json={"display_name": "Alice", "email": "a@example.org"}
        )
        assert changed.json()["display_name"] == "Alice"
        assert bob.get("/preferences").json()["display_name"] is None
        _error(alice.put("/preferences", json={"preferred_time": "noon"}), 400)

        assert alice.put("/notes/two-sum", json={"body": "hash map"}).status_code == 200
        assert alice.get("/notes/two-sum").json()["body"] == "hash map"
        assert bob.get("/notes/two-sum").json()["body"] == ""
        assert (
            alice.get("/notes").json() == {"two-sum": "hash map"} and bob.get("/notes").json() == {}
        )


async def _chat(server: Server, session_id: int, token: str) -> list[dict]:
    url = server.base.replace("http", "ws") + f"/interview/api/sessions/{session_id}/chat"
    frames = []
    async with websockets.connect(
        url, additional_headers={"Authorization": f"token {token}"}
    ) as ws:
        frames.append(json.loads(await ws.recv()))
        await ws.send(json.dumps({"message": "Can I get a hint?"}))
        while True:
            frame = json.loads(await ws.recv())
            frames.append(frame)
            if frame["type"] in ("done", "error"):
                break
        await ws.send("not json")
        frames.append(json.loads(await ws.recv()))
    return frames


def test_chat_websocket_streams_and_stores(server: Server) -> None:
    with server.client() as alice:
        s = _session(alice)
        frames = asyncio.run(_chat(server, s["id"], TOKEN))
        assert frames[0]["type"] == "opening" and frames[0]["text"]
        assert any(f["type"] == "chunk" for f in frames)
        done = next(f for f in frames if f["type"] == "done")
        assert done["text"] == "".join(f["text"] for f in frames if f["type"] == "chunk")
        assert frames[-1]["type"] == "error" and frames[-1]["error"]["code"] == "invalid"
        chat = alice.get(f"/sessions/{s['id']}").json()["chat"]
        assert [m["speaker"] for m in chat] == ["ai", "user", "ai"]
        assert chat[1]["message"] == "Can I get a hint?"
    with pytest.raises(websockets.InvalidStatus) as refused:
        asyncio.run(_chat(server, s["id"], BOB))
    assert refused.value.response.status_code == 404
    assert json.loads(refused.value.response.body)["error"]["message"] == "no such session"
    with pytest.raises(websockets.InvalidStatus) as anon:
        asyncio.run(_chat(server, s["id"], "nope"))
    assert anon.value.response.status_code == 403


def test_grading_rate_limit_is_per_user(server: Server) -> None:
    with server.client() as alice, server.client(BOB) as bob:
        s = _session(alice)
        b = _session(bob)
        codes = []
        for _ in range(14):
            r = alice.post(f"/sessions/{s['id']}/runs", json={"code": GOOD, "language": "python"})
            codes.append(r.status_code)
            if r.status_code == 429:
                err = _error(r, 429, "rate_limited")
                assert int(r.headers["Retry-After"]) >= 1 and err["retry_after"] >= 1
                break
        assert 429 in codes, codes
        assert (
            bob.post(
                f"/sessions/{b['id']}/runs", json={"code": GOOD, "language": "python"}
            ).status_code
            == 200
        )


def test_without_a_token_on_loopback_pages_and_the_api_need_no_login(tmp_path) -> None:
    """An empty INTERVIEW_TOKEN on loopback turns authentication off (no login form)."""
    proc, srv = start_server(tmp_path, {"INTERVIEW_TOKEN": "", "INTERVIEW_TOKENS_FILE": ""})
    try:
        assert httpx.get(srv.base + "/interview/api/problems", timeout=30).status_code == 200
        page = httpx.get(srv.base + "/voila/render/interview.ipynb?problem=two-sum", timeout=120)
        assert page.status_code == 200 and "login" not in str(page.url)
    finally:
        stop_server(proc)
