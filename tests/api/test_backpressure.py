"""Back-pressure through the API: a full queue answers 503 with Retry-After, not a slow yes."""

import threading

import pytest

from .conftest import BOB, TOKEN, start_server, stop_server

LOOP = "def two_sum(nums, target):\n    while True:\n        pass\n"
GOOD = "def two_sum(nums, target):\n    return [0, 1] if nums[0] + nums[1] == target else [1, 2]\n"

pytestmark = pytest.mark.slow


def test_full_queue_answers_503_with_retry_after(tmp_path):
    proc, server = start_server(
        tmp_path, {"INTERVIEW_GRADING_POOL": "1", "INTERVIEW_GRADING_QUEUE": "1"}
    )
    try:
        with server.client(TOKEN) as alice, server.client(BOB) as bob:
            sessions = [
                c.post("/sessions", json={"problem": "two-sum"}).json()["id"] for c in (alice, bob)
            ]
            answers: list = []

            def run(client, sid):
                r = client.post(f"/sessions/{sid}/runs", json={"code": LOOP, "language": "python"})
                answers.append(r)

            threads = [
                threading.Thread(target=run, args=(c, sid))
                for c, sid in ((alice, sessions[0]), (alice, sessions[0]), (bob, sessions[1]))
            ]
            for t in threads:
                t.start()
            for t in threads:
                t.join(120)
            codes = sorted(r.status_code for r in answers)
            assert codes.count(200) >= 1 and 503 in codes, codes
            busy = next(r for r in answers if r.status_code == 503)
            assert int(busy.headers["Retry-After"]) >= 1
            assert busy.json()["error"]["code"] == "busy"
            ok = next(r for r in answers if r.status_code == 200).json()
            assert ok["verdict"] == "TLE"
            status = alice.get("/grading").json()
            assert status["pool_size"] == 1 and status["refused"] >= 1
    finally:
        stop_server(proc)
