"""The shared grading service: fair queue per user, back-pressure, rate limit, real grading."""

import threading

import pytest

from interview_kernel.grading.cancel import CancelToken
from interview_kernel.grading.service import (
    GradingService,
    RateLimited,
    RatePolicy,
    ServiceBusy,
    ServiceClosed,
)

GOOD = (
    "def two_sum(nums, target):\n    seen = {}\n    for i, x in enumerate(nums):\n"
    "        if target - x in seen:\n            return [seen[target - x], i]\n"
    "        seen[x] = i\n"
)


def _held(**kw):
    """A one-worker service whose jobs do not need a grader (the queue is under test)."""
    svc = GradingService(pool_size=1, grader_factory=lambda n: "no grader", **kw)
    return svc.start(wait=True)


def _blocker(svc, gate, started):
    def work(_):
        started.set()
        gate.wait(10)

    return svc.submit("zed", work)


def test_queue_is_round_robin_over_users_and_tells_positions():
    svc = _held(rate=None)
    gate, started, order = threading.Event(), threading.Event(), []
    try:
        first = _blocker(svc, gate, started)
        assert started.wait(5)

        def job(name):
            return lambda _: order.append(name)

        a = [svc.submit("alice", job(f"a{i}")) for i in range(3)]
        b = svc.submit("bob", job("b0"))
        c = svc.submit("carol", job("c0"))
        assert [t.position() for t in (a[0], b, c, a[1], a[2])] == [0, 1, 2, 3, 4]
        assert first.position() == -1
        gate.set()
        for t in (*a, b, c):
            t.result(10)
        assert order == ["a0", "b0", "c0", "a1", "a2"]
        assert a[0].position() == -1
    finally:
        gate.set()
        svc.close()


def test_back_pressure_beyond_the_bound_says_when_to_retry():
    svc = _held(rate=None, max_queued=2, max_per_user=2)
    gate, started = threading.Event(), threading.Event()
    try:
        _blocker(svc, gate, started)
        assert started.wait(5)
        svc.submit("alice", lambda _: None)
        svc.submit("alice", lambda _: None)
        with pytest.raises(ServiceBusy, match="runs waiting") as mine:
            svc.submit("alice", lambda _: None)
        assert mine.value.retry_after >= 1
        with pytest.raises(ServiceBusy, match="busy; retry in"):
            svc.submit("bob", lambda _: None)
        assert svc.stats()["refused"] == 2 and svc.stats()["queued"] == 2
    finally:
        gate.set()
        svc.close()


def test_rate_limit_is_per_user():
    svc = _held(rate=RatePolicy(per_minute=6, burst=2))
    try:
        for _ in range(2):
            svc.submit("alice", lambda _: None).result(5)
        with pytest.raises(RateLimited) as limited:
            svc.submit("alice", lambda _: None)
        assert 1 <= limited.value.retry_after <= 10
        assert svc.submit("bob", lambda _: "ok").result(5) == "ok"
    finally:
        svc.close()


def test_a_cancelled_queued_run_never_starts_and_close_fails_waiters():
    svc = _held(rate=None)
    gate, started, ran = threading.Event(), threading.Event(), []
    try:
        _blocker(svc, gate, started)
        assert started.wait(5)
        token = CancelToken()
        dropped = svc.submit("alice", lambda _: ran.append(1), token)
        waiting = svc.submit("bob", lambda _: ran.append(2))
        token.cancel()
        gate.set()
        waiting.result(5)
        assert dropped.future.cancelled() and ran == [2]
        gate.clear()
        started.clear()
        _blocker(svc, gate, started)
        assert started.wait(5)
        orphan = svc.submit("carol", lambda _: None)
        threading.Timer(0.2, gate.set).start()
    finally:
        svc.close()
    with pytest.raises(ServiceClosed):
        orphan.result(5)
    with pytest.raises(ServiceClosed):
        svc.submit("alice", lambda _: None)


def test_close_with_a_waiter_whose_caller_cancelled_it_still_closes_the_grader():
    closed = []

    class Grader:
        def close(self):
            closed.append(True)

    svc = GradingService(pool_size=1, grader_factory=lambda n: Grader(), rate=None)
    svc.start(wait=True)
    gate, started = threading.Event(), threading.Event()
    _blocker(svc, gate, started)
    assert started.wait(5)
    given_up = svc.submit("alice", lambda _: None)
    assert given_up.future.cancel()  # the caller stopped waiting (a Future's own cancel)
    threading.Timer(0.2, gate.set).start()
    svc.close()
    assert closed == [True]


def test_a_job_that_raises_reaches_its_caller_only():
    svc = _held(rate=None)
    try:
        boom = svc.submit("alice", lambda _: 1 / 0)
        with pytest.raises(ZeroDivisionError):
            boom.result(5)
        assert svc.submit("bob", lambda g: g).result(5) == "no grader"
    finally:
        svc.close()


@pytest.mark.slow
def test_real_sandbox_grades_for_several_users(two_sum):
    with GradingService(pool_size=2, rate=None) as svc:
        results = {}

        def go(user, code):
            results[user] = svc.grade(user, two_sum, code, "python").verdict.value

        threads = [
            threading.Thread(target=go, args=(u, c))
            for u, c in (("alice", GOOD), ("bob", "def two_sum(n, t):\n    return [0, 1]\n"))
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert results == {"alice": "AC", "bob": "WA"}
        assert svc.stats()["completed"] == 2
