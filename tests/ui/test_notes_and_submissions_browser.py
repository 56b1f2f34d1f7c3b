"""The Submissions and Notes panels in headless Chromium, served by the real ``interview serve``.

The served page is a small notebook showing both panels for two-sum (the app
places them in its tabs); the store is a temporary SQLite file holding
submissions recorded from a FAKE grader's results (fixed verdicts).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import nbformat
import pytest
from _browser import LOAD_TIMEOUT_MS, axe, chromium, serving

from interview_kernel import result as R
from interview_kernel.practice import sessions
from interview_kernel.store import create_store_engine, utcnow

PANELS = """\
import ipywidgets as w
from widgets.notes import NotesPanel
from widgets.submissions import SubmissionsPanel

loaded = w.Textarea(description="Loaded code")
loaded.add_class("test-loaded")


def on_load(language, code):
    loaded.value = language + "\\n" + code


display(w.VBox([SubmissionsPanel("two-sum", on_load), NotesPanel("two-sum"), loaded]))
"""


def _record(eng: Any, code: str, verdict: str, minutes_ago: int, language: str) -> None:
    when = utcnow() - timedelta(minutes=minutes_ago)
    s = sessions.create_session(user="ann", problem="two-sum", engine=eng, now=when)
    v = R.Verdict(verdict)
    tests = [R.TestResult("t0", False, R.Verdict.AC), R.TestResult("t1", True, v)]
    result = R.GradeResult("two-sum", language, v, tests, time_ms=12)
    sessions.record_submission(
        s.id, code, result, language=language, user="ann", engine=eng, now=when
    )


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    project = tmp_path_factory.mktemp("panels")
    (project / "notebooks").mkdir()
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(PANELS)])
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nbformat.write(nb, project / "notebooks" / "interview.ipynb")
    db = project / "panels.db"
    eng = create_store_engine(f"sqlite:///{db}")
    _record(eng, "def two_sum(nums, target):\n    return [0, 0]\n", "WA", 90, "python")
    _record(eng, "def two_sum(nums, target):\n    return [0, 1]\n", "AC", 30, "python")
    eng.dispose()
    with serving(project, db, "ann") as base:
        yield base


@pytest.fixture(scope="module")
def browser(server: str) -> Iterator[Any]:
    with chromium() as b:
        yield b


@pytest.fixture()
def page(browser: Any, server: str) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    p = context.new_page()
    p.goto(f"{server}/voila/render/interview.ipynb", wait_until="commit", timeout=LOAD_TIMEOUT_MS)
    p.wait_for_selector(".interview-submissions .interview-submission", timeout=LOAD_TIMEOUT_MS)
    yield p
    context.close()


@pytest.mark.browser
def test_submissions_open_with_code_and_diff_and_load_into_the_editor(page: Any) -> None:
    rows = page.locator(".interview-submissions .interview-submission")
    assert rows.count() == 2
    assert [r.get_attribute("data-verdict") for r in rows.all()] == ["AC", "WA"]  # newest first
    first = rows.first.locator("button.iks-row")
    assert "Accepted" in first.inner_text() and "2/2" in first.inner_text()
    assert "1/2" in rows.nth(1).inner_text()
    assert "Python" in first.inner_text() and "12 ms" in first.inner_text()
    ok = first.locator(".iks-verdict").evaluate("e => getComputedStyle(e).color")
    bad = rows.nth(1).locator(".iks-verdict").evaluate("e => getComputedStyle(e).color")
    assert ok != bad  # verdicts are coloured
    first.focus()
    page.keyboard.press("Enter")  # rows are buttons: reachable and opened from the keyboard
    detail = page.locator(".interview-submissions .iks-detail")
    detail.locator(".iks-code").wait_for(timeout=30_000)
    assert "return [0, 1]" in detail.locator(".iks-code").inner_text()
    assert first.get_attribute("aria-expanded") == "true"
    added = detail.locator(".iks-d-add")
    removed = detail.locator(".iks-d-del")
    assert "return [0, 1]" in added.inner_text() and "return [0, 0]" in removed.inner_text()
    assert added.evaluate("e => getComputedStyle(e).backgroundColor") != removed.evaluate(
        "e => getComputedStyle(e).backgroundColor"
    )
    page.get_by_role("button", name="Load into editor").click()
    detail.get_by_text("Loaded into the editor.").wait_for(timeout=30_000)
    assert page.locator(".test-loaded textarea").input_value() == (
        "python\ndef two_sum(nums, target):\n    return [0, 1]\n"
    )
    rows.nth(1).locator("button.iks-row").click()  # the first submission: nothing before it
    page.get_by_text("This is your first submission of this problem.").wait_for(timeout=30_000)
    assert axe(page, ".interview-submissions") == []


@pytest.mark.browser
def test_notes_are_saved_while_typing_and_back_after_a_reload(page: Any) -> None:
    box = page.get_by_role("textbox", name="Your notes on this problem (Markdown)")
    box.click()
    page.keyboard.type("# Plan\n\nOne pass with a **hash map**. <b>raw</b>")
    page.locator(".interview-notes .ikn-status").get_by_text("Saved", exact=True).wait_for(
        timeout=30_000
    )
    page.reload()
    box = page.get_by_role("textbox", name="Your notes on this problem (Markdown)")
    box.wait_for(timeout=LOAD_TIMEOUT_MS)
    assert box.input_value() == "# Plan\n\nOne pass with a **hash map**. <b>raw</b>"
    page.get_by_role("button", name="Preview").click()
    preview = page.locator(".interview-notes .ikn-preview")
    preview.locator("h1").wait_for(timeout=30_000)
    assert preview.locator("h1").inner_text() == "Plan"
    assert preview.locator("strong").inner_text() == "hash map"
    assert preview.locator("b").count() == 0 and "<b>raw</b>" in preview.inner_text()
    assert axe(page, ".interview-notes") == []
