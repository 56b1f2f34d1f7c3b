"""Back-pressure through the API: a full queue answers 503 with Retry-After, not a slow yes."""

import threading
import time

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


def test_a_waiting_run_hears_its_place_in_the_queue(tmp_path):
    from interview_kernel import load_problem
    from interview_kernel.grading.cancel import CancelToken
    from widgets._grading import ServiceGrader
    from widgets.app import waiting_text

    proc, server = start_server(tmp_path, {"INTERVIEW_GRADING_POOL": "1"})
    try:
        problem = load_problem("two-sum")
        first, second = ServiceGrader(server.base, TOKEN), ServiceGrader(server.base, TOKEN)
        busy = threading.Thread(target=first.grade, args=(problem, LOOP), daemon=True)
        busy.start()  # holds the only kernel until its time limit
        time.sleep(0.5)
        places: list[int] = []
        result = second.grade(problem, GOOD, cancel=CancelToken(), on_place=places.append)
        busy.join(60)
        assert result.verdict.value in ("AC", "WA")
        assert places and places[0] == 0, places  # it was next while the loop ran
        assert second.place() == -1  # nothing of it waits any more
        assert waiting_text(0).endswith("yours is next") and "2 runs ahead" in waiting_text(2)
        with server.client(TOKEN) as alice:
            assert alice.get("/grading", params={"client": "no spaces"}).status_code == 400
            assert alice.get("/grading", params={"client": "idle-page"}).json()["position"] == -1
    finally:
        stop_server(proc)
