"""The practice page as a page: layout at laptop sizes, theme, tabs, the interviewer panel,
sessions that survive a reload, timed mode's end, New session, shortcuts and axe-core.

Real ``interview serve`` (Voila) and real Chromium, as ``test_app_browser`` does; each test
opens a problem no other test here uses, so the sessions they resume are their own.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest

from tests.ui.test_app_browser import (
    CORRECT,
    LOAD_TIMEOUT_MS,
    ROOT,
    SERVED,
    VERDICT_TIMEOUT_MS,
    _axe,
    _needs_sandbox,
    _replace_code,
    browser,  # noqa: F401 - a fixture
    server,  # noqa: F401 - a fixture
)

EDITOR = ".interview-editor .cm-editor .cm-content"
ESSENTIAL = [
    ".interview-language select",
    "button.interview-run",
    "button.interview-submit",
    "button.interview-stop",
    ".interview-countdown .iv-clock",
    "button.interview-end",
    ".iv-chat-toggle",
    ".iv-theme-toggle",
    ".iv-shortcuts-button",
    ".iv-tabs[data-tabset='left'] [data-tab='description']",
    ".iv-tabs[data-tabset='left'] [data-tab='submissions']",
    ".iv-tabs[data-tabset='left'] [data-tab='notes']",
    ".interview-problem .iv-problem-title",
    ".interview-editor .cm-content",
    ".iv-tabs[data-tabset='console'] [data-tab='testcase']",
    ".iv-tabs[data-tabset='console'] [data-tab='result']",
    ".interview-chat-log",
    ".interview-chat-input input",
    "button.interview-chat-send",
    "button.interview-hint",
]


@pytest.fixture()
def context_factory(browser: Any) -> Iterator[Any]:  # noqa: F811 - the imported fixture
    made: list[Any] = []

    def make(width: int = 1366, height: int = 768, scheme: str = "dark") -> Any:
        context = browser.new_context(
            viewport={"width": width, "height": height}, color_scheme=scheme
        )
        made.append(context)
        return context

    yield make
    for context in made:
        context.close()


def _open(page: Any, server: str, query: str) -> Any:  # noqa: F811
    page.goto(
        f"{server}/voila/render/interview.ipynb?{query}",
        wait_until="commit",
        timeout=LOAD_TIMEOUT_MS,
    )
    page.wait_for_selector(EDITOR, timeout=LOAD_TIMEOUT_MS)
    page.wait_for_selector(".interview-app.iv-ready", timeout=LOAD_TIMEOUT_MS)
    page.locator(".interview-chat-log .iv-msg").first.wait_for(timeout=20_000)
    return page


def _box(page: Any, selector: str) -> dict[str, float]:
    box = page.locator(selector).first.bounding_box()
    assert box is not None, f"{selector} is not rendered"
    return box


def _luminance(css: str) -> float:
    r, g, b = (int(x) for x in re.findall(r"\d+", css)[:3])
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255


def _query(page: Any) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlparse(page.url).query).items()}


def _sql(query: str, *args: Any) -> list[tuple[Any, ...]]:
    with sqlite3.connect(SERVED["db"]) as db:
        return db.execute(query, args).fetchall()


@pytest.mark.browser
@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1400, 900)])
def test_everything_essential_is_in_the_viewport(
    context_factory: Any,
    server: str,  # noqa: F811
    width: int,
    height: int,
) -> None:
    page = _open(context_factory(width, height).new_page(), server, "problem=two-sum")
    for selector in ESSENTIAL:
        box = _box(page, selector)
        assert box["width"] > 0 and box["height"] > 0, selector
        assert box["x"] >= 0 and box["y"] >= 0, (selector, box)
        assert box["x"] + box["width"] <= width + 0.5, (selector, box)
        assert box["y"] + box["height"] <= height + 0.5, (selector, box)
    # The page does not scroll as a whole; the panes do.
    sizes = page.evaluate(
        "() => [document.scrollingElement.scrollHeight, innerHeight,"
        " document.scrollingElement.scrollWidth, innerWidth]"
    )
    assert sizes[0] <= sizes[1] and sizes[2] <= sizes[3], sizes
    # The toolbar comes first: the editor and the console sit under it, side by side with the
    # description and the interviewer.
    toolbar, editor = _box(page, ".iv-toolbar"), _box(page, ".interview-editor")
    left, chat = _box(page, ".iv-left"), _box(page, ".iv-chat-pane")
    console = _box(page, ".iv-console")
    assert toolbar["y"] + toolbar["height"] <= editor["y"]
    assert left["x"] + left["width"] <= editor["x"] <= editor["x"] + editor["width"] <= chat["x"]
    assert editor["y"] + editor["height"] <= console["y"]
    assert page.title().startswith("Two Sum")


@pytest.mark.browser
def test_long_chat_messages_wrap_inside_their_bubble(
    context_factory: Any,
    server: str,  # noqa: F811
) -> None:
    page = _open(context_factory().new_page(), server, "problem=single-number")
    page.fill(".interview-chat-input input", "x" * 300 + " " + "https://example.org/" + "a" * 200)
    page.click("button.interview-chat-send")
    bubble = page.locator(".iv-msg.iv-user").last
    bubble.wait_for(timeout=10_000)
    log, box = _box(page, ".interview-chat-log"), bubble.bounding_box()
    assert box is not None
    assert box["x"] >= log["x"] and box["x"] + box["width"] <= log["x"] + log["width"] + 0.5
    # The chat's own box is not clipped by its pane (its right border is visible).
    pane = _box(page, ".iv-chat-pane")
    assert log["x"] + log["width"] <= pane["x"] + pane["width"]


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["dark", "light"])
def test_the_whole_page_follows_the_colour_scheme(
    context_factory: Any,
    server: str,  # noqa: F811
    scheme: str,
) -> None:
    page = _open(context_factory(scheme=scheme).new_page(), server, "problem=two-sum")

    def backgrounds() -> list[float]:
        return [
            _luminance(page.evaluate(f"getComputedStyle(document.querySelector('{s}')).{p}"))
            for s, p in [
                ("body", "backgroundColor"),
                (".iv-toolbar", "backgroundColor"),
                (".iv-left", "backgroundColor"),
                (".interview-editor .cm-editor", "backgroundColor"),
                (".interview-chat-log", "backgroundColor"),
            ]
        ]

    dark = scheme == "dark"
    assert all((lum < 0.25) if dark else (lum > 0.85) for lum in backgrounds()), backgrounds()
    # The toggle switches the whole page, and the choice is remembered.
    page.click(".iv-theme-toggle")
    flipped = backgrounds()
    assert all((lum > 0.85) if dark else (lum < 0.25) for lum in flipped), flipped
    page.reload(wait_until="commit", timeout=LOAD_TIMEOUT_MS)
    page.wait_for_selector(".interview-app.iv-ready", timeout=LOAD_TIMEOUT_MS)
    page.wait_for_timeout(300)
    assert all((lum > 0.85) if dark else (lum < 0.25) for lum in backgrounds())
    page.click(".iv-theme-toggle")  # back to following the system
    assert page.evaluate("localStorage.getItem('interview-theme')") is None


@pytest.mark.browser
def test_tabs_switch_and_the_shortcut_list_opens_with_a_question_mark(
    context_factory: Any,
    server: str,  # noqa: F811
) -> None:
    page = _open(context_factory().new_page(), server, "problem=two-sum")
    assert page.get_by_role("tab", name="Description").get_attribute("aria-selected") == "true"
    page.get_by_role("tab", name="Notes").click()
    assert page.locator(".iv-tabpanel.iv-tab-notes").is_visible()  # holds the notes panel
    assert not page.locator(".interview-problem").is_visible()
    page.get_by_role("tab", name="Notes").press("ArrowLeft")  # arrow keys move along the tabs
    assert page.get_by_role("tab", name="Submissions").get_attribute("aria-selected") == "true"
    page.get_by_role("tab", name="Result").click()
    assert page.locator(".interview-results").is_visible()
    # `?` outside a text field opens the list; inside the editor it is a character.
    page.locator("body").click(position={"x": 5, "y": 760})
    page.keyboard.press("?")
    dialog = page.get_by_role("dialog", name="Keyboard shortcuts")
    dialog.wait_for(timeout=5_000)
    assert "Esc, then Tab" in dialog.inner_text()
    page.keyboard.press("Escape")
    dialog.wait_for(state="hidden", timeout=5_000)
    page.click(EDITOR)
    page.keyboard.press("?")
    assert not dialog.is_visible()
    page.get_by_role("button", name="Keyboard shortcuts").click()
    dialog.wait_for(timeout=5_000)


@pytest.mark.browser
def test_a_reply_to_a_hidden_interviewer_shows_an_unread_badge(
    context_factory: Any,
    server: str,  # noqa: F811
) -> None:
    _needs_sandbox()
    page = _open(context_factory().new_page(), server, "problem=counting-bits")
    toggle = page.locator(".iv-chat-toggle")
    toggle.click()  # hide the interviewer panel
    assert not page.locator(".interview-chat-log").is_visible()
    assert page.locator(".iv-unread").is_hidden()
    page.click("button.interview-run")  # the interviewer reacts to every run
    page.locator(".iv-unread:not([hidden])").wait_for(timeout=VERDICT_TIMEOUT_MS)
    assert int(page.inner_text(".iv-unread")) >= 1
    assert "unread" in (toggle.get_attribute("aria-label") or "")
    toggle.click()
    assert page.locator(".interview-chat-log").is_visible()
    assert page.locator(".iv-unread").is_hidden()
    # The verdict went to the live region (announced), and the Result tab came to the front.
    assert page.get_by_role("tab", name="Result").get_attribute("aria-selected") == "true"
    page.wait_for_function(
        "() => document.querySelector('.iv-live-verdict').textContent.startsWith('Result:')",
        timeout=10_000,
    )


@pytest.mark.browser
def test_a_reload_restores_language_result_chat_and_clock(
    context_factory: Any,
    server: str,  # noqa: F811
) -> None:
    _needs_sandbox()
    page = _open(context_factory().new_page(), server, "problem=happy-number")
    page.locator(".interview-language select").select_option(label="Java")
    page.locator(EDITOR).get_by_text("isHappy").wait_for(timeout=10_000)
    page.fill(".interview-chat-input input", "I will detect the cycle with a set")
    page.keyboard.press("Enter")
    page.locator(".iv-msg.iv-user").get_by_text("detect the cycle").wait_for(timeout=10_000)
    page.click("button.interview-submit")  # the starter code: not accepted, but recorded
    summary = page.locator(".interview-results .iv-summary")
    summary.wait_for(timeout=VERDICT_TIMEOUT_MS)
    page.locator(".interview-run[data-state='idle']").wait_for(timeout=VERDICT_TIMEOUT_MS)
    verdict = summary.get_attribute("data-verdict")
    page.wait_for_timeout(2_500)  # past a second on the session clock
    page.reload(wait_until="commit", timeout=LOAD_TIMEOUT_MS)
    page.wait_for_selector(EDITOR, timeout=LOAD_TIMEOUT_MS)
    page.wait_for_selector(".interview-app.iv-ready", timeout=LOAD_TIMEOUT_MS)
    assert page.locator(".interview-language select option:checked").inner_text() == "Java"
    assert "isHappy" in page.inner_text(EDITOR)
    restored = page.locator(".interview-results .iv-summary")
    assert restored.get_attribute("data-verdict") == verdict
    assert "Your last submission" in page.inner_text(".interview-results")
    assert page.get_by_role("tab", name="Result").get_attribute("aria-selected") == "true"
    log = page.inner_text(".interview-chat-log")
    assert "I will detect the cycle with a set" in log
    assert log.count("Today's problem is") == 1  # the transcript, not a second greeting
    elapsed = page.inner_text(".interview-countdown .iv-elapsed")
    minutes, seconds = (int(x) for x in re.findall(r"(\d+):(\d+)", elapsed)[0])
    assert minutes * 60 + seconds >= 2, elapsed  # the clock runs from the session's start


@pytest.mark.browser
def test_timed_mode_starts_fresh_hides_the_difficulty_and_reloads_its_own_sitting(
    context_factory: Any,
    server: str,  # noqa: F811
) -> None:
    context = context_factory()
    page = _open(context.new_page(), server, "problem=two-sum&mode=interview")
    first = _query(page).get("session")
    assert first and first.isdigit()
    text = page.inner_text(".interview-app")
    assert not re.search(r"\b(easy|Easy|medium|Medium|hard|Hard)\b", text), text
    page.reload(
        wait_until="commit", timeout=LOAD_TIMEOUT_MS
    )  # the same sitting: its session comes back
    page.wait_for_selector(".interview-app.iv-ready", timeout=LOAD_TIMEOUT_MS)
    assert _query(page).get("session") == first
    other = _open(context.new_page(), server, "problem=two-sum&mode=interview")
    second = _query(other).get("session")
    assert second and second != first  # opening timed mode again is a fresh sitting
    clock = other.inner_text(".interview-countdown .iv-clock")
    assert re.match(r"1[45]:\d\d left", clock), clock  # two-sum: 15 minutes, all of them


@pytest.mark.browser
def test_time_up_locks_the_editor_ends_and_scores_then_continue_practising(
    context_factory: Any,
    server: str,  # noqa: F811
) -> None:
    page = _open(context_factory().new_page(), server, "problem=climbing-stairs&mode=interview")
    session = int(_query(page)["session"])
    # Move the sitting's start back so that 30 seconds are left, then reload it: the clock
    # runs out in the browser (or already has, on a slow load) and the kernel ends the sitting.
    minutes = _sql("select duration_minutes from interview_sessions where id = ?", session)[0][0]
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    start = now - timedelta(minutes=minutes, seconds=-30)
    _sql("update interview_sessions set start_time = ? where id = ?", start.isoformat(" "), session)
    page.reload(wait_until="commit", timeout=LOAD_TIMEOUT_MS)
    page.wait_for_selector(".interview-app.iv-ready", timeout=LOAD_TIMEOUT_MS)
    clock = page.locator(".interview-countdown .iv-clock")
    assert re.match(r"(00:[0-3]\d left|Time is up)", clock.inner_text()), clock.inner_text()
    page.locator(".interview-end-report").get_by_text("Time is up").wait_for(timeout=60_000)
    assert page.locator("button.interview-run").is_disabled()
    assert page.locator("button.interview-submit").is_disabled()
    assert page.locator(EDITOR).get_attribute("contenteditable") == "false"
    assert clock.inner_text() == "Time is up"
    row = _sql("select status, score from interview_sessions where id = ?", session)[0]
    assert row[0] != "active" and row[1] is not None  # ended and scored
    assert "Score: 0/100" in page.inner_text(".interview-end-report")  # nothing was run
    page.click("button.interview-continue")
    page.locator("button.interview-run:not([disabled])").wait_for(timeout=10_000)
    # The editor's own update is a message of its own, right after the buttons'.
    page.locator(f"{EDITOR}[contenteditable='true']").wait_for(timeout=10_000)
    assert page.inner_text(".interview-countdown .iv-clock") == "No time limit"
    assert "mode" not in _query(page) and "session" not in _query(page)
    newest = _sql("select id, timed, status from interview_sessions order by id desc limit 1")[0]
    assert newest[0] != session and newest[1] in (0, False) and newest[2] == "active"


@pytest.mark.browser
def test_end_session_offers_a_new_session(
    context_factory: Any,
    server: str,  # noqa: F811
) -> None:
    page = _open(context_factory().new_page(), server, "problem=jump-game")
    page.click("button.interview-end")
    report = page.locator(".interview-end-report")
    report.get_by_text("Session ended").wait_for(timeout=20_000)
    assert page.locator("button.interview-end").is_hidden()
    new = page.locator(".iv-toolbar button.interview-new-session")
    assert new.is_visible() and page.locator("button.interview-continue").is_hidden()
    new.click()
    page.locator("button.interview-run:not([disabled])").wait_for(timeout=10_000)
    page.locator("button.interview-end").wait_for(state="visible", timeout=10_000)
    assert report.is_hidden()
    assert page.locator(".interview-chat-log .iv-msg").count() >= 1  # a fresh greeting


@pytest.mark.browser
def test_the_app_page_has_no_serious_accessibility_violations(
    context_factory: Any,
    server: str,  # noqa: F811
) -> None:
    for scheme in ("dark", "light"):
        page = _open(context_factory(scheme=scheme).new_page(), server, "problem=two-sum")
        editor = page.locator(EDITOR)
        assert "Escape, then Tab" in (editor.get_attribute("aria-label") or "")
        assert page.get_by_label("Message to the interviewer").count() == 1
        assert page.get_by_role("log").count() == 1
        assert _axe(page, ".interview-root") == [], scheme


@pytest.mark.browser
def test_focus_reaches_the_toolbar_before_the_chat_and_leaves_the_editor(
    context_factory: Any,
    server: str,  # noqa: F811
) -> None:
    page = _open(context_factory().new_page(), server, "problem=two-sum")
    order = page.evaluate(
        "() => [...document.querySelectorAll('.interview-app button, .interview-app input,"
        " .interview-app select, .interview-app [contenteditable=true]')]"
        ".map(e => e.closest('.iv-toolbar') ? 'toolbar'"
        " : e.closest('.iv-chat-pane') ? 'chat' : 'other')"
    )
    assert order.index("chat") > max(i for i, o in enumerate(order) if o == "toolbar")
    page.click(EDITOR)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('cm-content')")  # indents
    page.keyboard.press("Escape")
    page.keyboard.press("Tab")
    assert not page.evaluate("document.activeElement.classList.contains('cm-content')")


@pytest.mark.browser
def test_the_readme_screenshot(context_factory: Any, server: str) -> None:  # noqa: F811
    """``INTERVIEW_UPDATE_SCREENSHOT=1`` refreshes docs/screenshot.png: dark, 1366x768."""
    if os.environ.get("INTERVIEW_UPDATE_SCREENSHOT") != "1":
        pytest.skip("set INTERVIEW_UPDATE_SCREENSHOT=1 to refresh the README's screenshot")
    _needs_sandbox()
    page = _open(context_factory(1366, 768, "dark").new_page(), server, "problem=two-sum")
    page.fill(".interview-chat-input input", "I'll keep a hash map from value to index.")
    page.keyboard.press("Enter")
    _replace_code(page, CORRECT)
    page.keyboard.press("Control+Enter")
    page.locator(".interview-complexity .iv-complexity-head[data-best^='O(']").wait_for(
        timeout=VERDICT_TIMEOUT_MS
    )
    page.locator(".interview-run[data-state='idle']").wait_for(timeout=VERDICT_TIMEOUT_MS)
    page.wait_for_timeout(500)
    page.screenshot(path=str(ROOT / "docs" / "screenshot.png"))
