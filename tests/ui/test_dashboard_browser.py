"""The dashboard and the picker's mock announcement in headless Chromium (1366x768).

The real ``interview serve`` serves the project's notebooks with a temporary
SQLite store holding ann's history: sessions and submissions recorded from a
FAKE grader's results (fixed verdicts), and two scheduled mock interviews
(one in three hours, one in three days).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from _browser import LOAD_TIMEOUT_MS, ROOT, axe, chromium, serving

from interview_kernel import result as R
from interview_kernel.practice import sessions
from interview_kernel.schedule import create_program, list_interviews
from interview_kernel.store import (
    Preferences,
    ScheduledInterview,
    create_store_engine,
    transaction,
    utcnow,
)

DB: dict[str, Any] = {}


def _session(eng: Any, problem: str, verdicts: list[str], hours_ago: float) -> None:
    start = utcnow() - timedelta(hours=hours_ago)
    s = sessions.create_session(user="ann", problem=problem, engine=eng, now=start)
    tests = [R.TestResult(f"t{i}", i >= 1, R.Verdict(v)) for i, v in enumerate(verdicts)]
    bad = next((t.verdict for t in tests if t.verdict is not R.Verdict.AC), R.Verdict.AC)
    result = R.GradeResult(problem, "python", bad, tests, time_ms=5)
    sessions.record_submission(s.id, "x = 1\n", result, user="ann", engine=eng, now=start)
    sessions.end_session(s.id, user="ann", engine=eng, now=start + timedelta(minutes=20))


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    tmp = tmp_path_factory.mktemp("dashboard")
    db = tmp / "dash.db"
    eng = create_store_engine(f"sqlite:///{db}")
    _session(eng, "two-sum", ["AC", "AC", "AC"], 50)
    _session(eng, "three-sum", ["AC", "WA", "AC"], 26)
    _session(eng, "valid-parentheses", ["AC", "AC"], 2)
    prog = create_program(user_id="ann", weeks=2, difficulty="medium", engine=eng)
    soon, later = (iv["id"] for iv in prog.interviews)
    with transaction(eng) as db_:
        db_.get(ScheduledInterview, soon).scheduled_time = utcnow() + timedelta(hours=3)
        db_.get(ScheduledInterview, later).scheduled_time = utcnow() + timedelta(days=3)
        db_.get(Preferences, "ann").display_name = "Ann Lee"
    eng.dispose()
    DB.update(url=f"sqlite:///{db}", soon=soon, later=later)
    with serving(ROOT, db, "ann") as base:
        yield base


@pytest.fixture(scope="module")
def browser(server: str) -> Iterator[Any]:
    with chromium() as b:
        yield b


def _open(browser: Any, url: str, scheme: str = "light") -> tuple[Any, Any]:
    context = browser.new_context(
        viewport={"width": 1366, "height": 768},
        color_scheme=scheme,
        locale="en-GB",
        timezone_id="America/New_York",  # times must be shown in the browser's zone
    )
    page = context.new_page()
    page.goto(url, wait_until="commit", timeout=LOAD_TIMEOUT_MS)
    return context, page


def _dashboard(browser: Any, server: str, scheme: str = "light") -> tuple[Any, Any]:
    context, page = _open(browser, f"{server}/voila/render/dashboard.ipynb", scheme)
    page.wait_for_selector(".interview-schedule .iksch-item", timeout=LOAD_TIMEOUT_MS)
    page.wait_for_selector("img.dash-figure", timeout=LOAD_TIMEOUT_MS)
    return context, page


@pytest.mark.browser
def test_the_dashboard_shows_each_part_for_the_candidate(browser: Any, server: str) -> None:
    context, page = _dashboard(browser, server)
    try:
        text = page.inner_text("body")
        assert "Practice summary for Ann Lee" in text  # the name from the preferences
        assert "root" not in page.inner_text(".dash-summary")
        assert "`" not in text and "INTERVIEW_" not in text and "Traceback" not in text
        heat = page.locator(".dash-heatmap svg[role='img']")
        assert re.match(r"3 submissions in the last \d+ weeks", heat.get_attribute("aria-label"))
        for alt in ("Score trend", "Solved by topic", "Verdict mix"):
            assert page.locator(f"img.dash-figure[alt='{alt}']").count() == 1, alt
        scores = page.locator("table.dash-scores")
        assert "correctness: 1 of 2 hidden tests failed" in scores.inner_text()
        assert scores.locator("a[href='interview.ipynb?problem=three-sum']").count() == 1
        review = page.locator("table.dash-review a.dash-review-link")
        assert review.first.get_attribute("href") == "interview.ipynb?problem=three-sum"
        recent = page.locator("table.dash-recent")
        assert recent.locator("a[href='interview.ipynb?problem=valid-parentheses']").count() == 1
        banner = page.locator(".interview-schedule .interview-mock-banner")
        assert re.match(r"Your mock interview starts in (2 h \d+ min|3 h)\.", banner.inner_text())
        soon = page.locator(f".iksch-item[data-id='{DB['soon']}']")
        start = soon.locator("a.iksch-start")
        assert start.get_attribute("href") == f"interview.ipynb?schedule={DB['soon']}"
        assert re.search(r"\d\d:\d\d", soon.locator(".iksch-when").inner_text())  # local time
        assert not re.search(r"\d{4}-\d\d-\d\dT", soon.inner_text())  # not a raw ISO string
        assert page.locator(".dash-nav a[href='interview.ipynb']").count() == 1
        assert axe(page, "body") == []
    finally:
        context.close()


@pytest.mark.browser
def test_schedule_reschedule_and_cancel_from_the_dashboard(browser: Any, server: str) -> None:
    context, page = _dashboard(browser, server)
    try:
        items = page.locator(".interview-schedule .iksch-item")
        before = items.count()
        day = (utcnow() + timedelta(days=5)).date().isoformat()
        form = page.get_by_role("form", name="Schedule a mock interview")
        form.get_by_label("Date").fill(day)
        form.get_by_label("Time").fill("10:30")
        form.get_by_label("Difficulty").select_option("hard")
        form.get_by_role("button", name="Schedule").click()
        page.locator(".iksch-status").get_by_text("Scheduled 1 mock interview.").wait_for(
            timeout=30_000
        )
        page.wait_for_function(
            f"() => document.querySelectorAll('.interview-schedule .iksch-item').length > {before}"
        )
        mine = [
            iv
            for iv in list_interviews("ann", engine=create_store_engine(DB["url"]))
            if iv["difficulty"] == "hard"
        ]
        assert len(mine) == 1
        new = page.locator(f".iksch-item[data-id='{mine[0]['id']}']")
        assert "10:30" in new.locator(".iksch-when").inner_text()  # the browser's own zone
        assert mine[0]["timezone"] == "America/New_York"
        new.get_by_role("button", name="Reschedule").click()
        edit = new.get_by_role("form", name="Reschedule this mock interview")
        edit.get_by_label("New time").fill("16:45")
        edit.get_by_role("button", name="Move").click()
        page.locator(".iksch-status").get_by_text("Moved").wait_for(timeout=30_000)
        new = page.locator(f".iksch-item[data-id='{mine[0]['id']}']")
        assert "16:45" in new.locator(".iksch-when").inner_text()
        new.get_by_role("button", name="Cancel").click()
        new.get_by_role("button", name="Yes, cancel it").click()
        page.locator(".iksch-status").get_by_text("Cancelled.").wait_for(timeout=30_000)
        assert page.locator(f".iksch-item[data-id='{mine[0]['id']}']").count() == 0
        eng = create_store_engine(DB["url"])
        status = {
            iv["id"]: iv["status"] for iv in list_interviews("ann", include_past=True, engine=eng)
        }
        eng.dispose()
        assert status[mine[0]["id"]] == "cancelled"
        assert status[DB["soon"]] == status[DB["later"]] == "scheduled"
    finally:
        context.close()


@pytest.mark.browser
def test_the_dashboard_follows_a_dark_preference(browser: Any, server: str) -> None:
    context, page = _dashboard(browser, server, "dark")
    try:
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert background == "rgb(13, 17, 23)", background
        chart = page.locator("picture.dash-figure").first
        chosen = chart.locator("img").evaluate("img => img.currentSrc")
        dark = chart.locator("source").get_attribute("srcset")
        assert chosen == dark  # the dark rendering of the chart
        panel = page.locator(".interview-schedule")
        assert panel.evaluate("e => getComputedStyle(e).color") == "rgb(230, 237, 243)"
        assert axe(page, "body") == []  # contrast holds in the dark scheme too
    finally:
        context.close()


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_picker_announces_the_mock_with_its_start_link(
    browser: Any, server: str, scheme: str
) -> None:
    context, page = _open(browser, f"{server}/voila/render/interview.ipynb", scheme)
    try:
        note = page.locator(".interview-picker .ivp-mock")
        note.wait_for(timeout=LOAD_TIMEOUT_MS)
        assert re.match(r"Your mock interview starts in (2 h \d+ min|3 h)\.", note.inner_text())
        link = note.get_by_role("link", name="Start the mock interview")
        assert link.get_attribute("href") == f"interview.ipynb?schedule={DB['soon']}"
        box = note.bounding_box()
        assert box is not None and box["y"] + box["height"] <= 768  # above the fold
        assert axe(page, ".interview-picker") == []
    finally:
        context.close()
