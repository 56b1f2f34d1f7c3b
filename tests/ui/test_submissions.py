"""The Submissions panel's Python side on a real SQLite store.

The browser side is in test_notes_and_submissions_browser.py.

Submissions are recorded from a FAKE grader's results (fixed verdicts).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from interview_kernel import result as R
from interview_kernel.practice import sessions
from interview_kernel.store import create_store_engine
from widgets.submissions import SubmissionsPanel

T0 = datetime(2026, 3, 6, 12, 0, tzinfo=timezone.utc)


@pytest.fixture
def eng(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.delenv("JUPYTERHUB_USER", raising=False)
    e = create_store_engine(f"sqlite:///{tmp_path / 's.db'}")
    yield e
    e.dispose()


def _submit(eng: Any, code: str, verdict: str, minutes: int, language: str = "python") -> None:
    when = T0 + timedelta(minutes=minutes)
    s = sessions.create_session(user="ann", problem="two-sum", engine=eng, now=when)
    v = R.Verdict(verdict)
    result = R.GradeResult("two-sum", language, v, [R.TestResult("t0", False, v)], time_ms=4)
    sessions.record_submission(
        s.id, code, result, language=language, user="ann", engine=eng, now=when
    )


def _ask(panel: SubmissionsPanel, content: Any) -> list[Any]:
    sent: list[Any] = []
    panel.send = sent.append  # type: ignore[method-assign]
    panel._handle_msg(
        {"content": {"data": {"method": "custom", "content": content}}, "buffers": []}
    )
    return sent


def test_the_panel_lists_opens_diffs_and_loads(eng: Any) -> None:
    loaded: list[tuple[str, str]] = []
    panel = SubmissionsPanel(
        "two-sum", on_load=lambda lang, code: loaded.append((lang, code)), user="ann", engine=eng
    )
    assert panel.items == [] and "interview-submissions" in panel._dom_classes
    _submit(eng, "return 1\n", "WA", 0)
    _submit(eng, "return 2\n", "AC", 5, language="java")
    panel.refresh()
    assert [(i["verdict"], i["language"]) for i in panel.items] == [
        ("AC", "java"),
        ("WA", "python"),
    ]
    newest, oldest = (i["id"] for i in panel.items)
    [answer] = _ask(panel, {"open": newest})
    detail = answer["detail"]
    assert detail["code"] == "return 2\n" and detail["language"] == "java"
    assert ["del", "-return 1"] in detail["diff"] and ["add", "+return 2"] in detail["diff"]
    assert _ask(panel, {"open": oldest})[0]["detail"]["diff"] is None  # the first one
    assert _ask(panel, {"load": oldest}) == [{"loaded": oldest}]
    assert loaded == [("python", "return 1\n")]


def test_the_page_cannot_open_or_load_what_is_not_listed(eng: Any) -> None:
    _submit(eng, "mine\n", "AC", 0)
    panel = SubmissionsPanel(
        "two-sum", on_load=lambda *a: pytest.fail("loaded"), user="bob", engine=eng
    )
    assert panel.items == []  # ann's submission is not bob's
    assert "error" in _ask(panel, {"open": 1})[0]
    assert "error" in _ask(panel, {"load": 1})[0]
    assert "error" in _ask(panel, {"load": "1; drop"})[0]


def test_an_unreadable_store_is_a_sentence(tmp_path: Any) -> None:
    broken = create_store_engine(f"sqlite:///{tmp_path / 'b.db'}")
    broken.dispose()
    (tmp_path / "b.db").write_bytes(b"not a database" * 100)
    panel = SubmissionsPanel("two-sum", user="ann", engine=broken)
    assert panel.error.startswith("Your submissions could not be read")
    assert "Traceback" not in panel.error
