"""The dashboard's mock-interview panel (widgets.dashboard.SchedulePanel) on a real SQLite store.

The browser side is in test_dashboard_browser.py.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from interview_kernel.schedule import list_interviews
from interview_kernel.store import create_store_engine, utcnow
from widgets.dashboard import SchedulePanel


@pytest.fixture
def eng(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.delenv("JUPYTERHUB_USER", raising=False)
    e = create_store_engine(f"sqlite:///{tmp_path / 'd.db'}")
    yield e
    e.dispose()


def _ask(panel: SchedulePanel, content: Any) -> dict[str, Any]:
    sent: list[Any] = []
    panel.send = sent.append  # type: ignore[method-assign]
    panel._handle_msg(
        {"content": {"data": {"method": "custom", "content": content}}, "buffers": []}
    )
    assert len(sent) == 1
    return dict(sent[0])


def _tomorrow() -> str:
    return (utcnow() + timedelta(days=1)).astimezone(timezone.utc).date().isoformat()


def test_schedule_reschedule_and_cancel_from_the_page(eng: Any) -> None:
    panel = SchedulePanel(user="ann", engine=eng)
    assert panel.interviews == [] and panel.banner == {}
    day = _tomorrow()
    req = {
        "date": day,
        "time": "09:30",
        "tz": "Europe/Berlin",
        "weeks": 3,
        "mode": "coding",
        "difficulty": "hard",
        "minutes": 60,
    }
    assert _ask(panel, {"schedule": req}) == {
        "ok": "Scheduled 3 mock interviews.",
        "action": "schedule",
    }
    assert len(panel.interviews) == 3
    first = panel.interviews[0]
    local = datetime.fromisoformat(first["starts_at"]).astimezone(ZoneInfo("Europe/Berlin"))
    assert (local.date().isoformat(), f"{local:%H:%M}") == (day, "09:30")
    assert (first["difficulty"], first["minutes"], first["href"]) == (
        "hard",
        60,
        f"interview.ipynb?schedule={first['id']}",
    )
    moved = _ask(
        panel,
        {"reschedule": {"id": first["id"], "date": day, "time": "18:00", "tz": "Europe/Berlin"}},
    )
    assert moved["ok"].startswith("Moved")
    again = next(i for i in panel.interviews if i["id"] == first["id"])
    assert datetime.fromisoformat(again["starts_at"]) - datetime.fromisoformat(
        first["starts_at"]
    ) == timedelta(hours=8, minutes=30)
    assert _ask(panel, {"cancel": first["id"]})["ok"] == "Cancelled."
    assert first["id"] not in [i["id"] for i in panel.interviews]
    statuses = {r["id"]: r["status"] for r in list_interviews("ann", include_past=True, engine=eng)}
    assert statuses[first["id"]] == "cancelled"


def test_bad_requests_are_sentences_without_internals(eng: Any) -> None:
    panel = SchedulePanel(user="ann", engine=eng)
    past = {"date": "2020-01-01", "time": "10:00", "tz": "UTC"}
    assert _ask(panel, {"schedule": past})["error"] == "That time has passed; pick a later one."
    bad_zone = {"date": _tomorrow(), "time": "10:00", "tz": "Mars/Olympus"}
    assert "unknown time zone" in _ask(panel, {"schedule": bad_zone})["error"].lower()
    assert (
        "impossible time" in _ask(panel, {"schedule": {**past, "time": "25:00"}})["error"].lower()
    )
    for answer in (_ask(panel, {"cancel": 424242}), _ask(panel, {"cancel": "1 or 1=1"})):
        assert "error" in answer and "`" not in answer["error"] and "ann" not in answer["error"]
    assert "error" in _ask(panel, {"reschedule": {"id": 1, "date": "x", "time": "10:00"}})
    assert "error" in _ask(panel, {"drop": 1})


def test_another_users_interview_cannot_be_cancelled(eng: Any) -> None:
    bob = SchedulePanel(user="bob", engine=eng)
    _ask(bob, {"schedule": {"date": _tomorrow(), "time": "10:00", "tz": "UTC", "minutes": 45}})
    [theirs] = bob.interviews
    ann = SchedulePanel(user="ann", engine=eng)
    assert "error" in _ask(ann, {"cancel": theirs["id"]})
    bob.refresh()
    assert [i["id"] for i in bob.interviews] == [theirs["id"]]


def test_the_next_mock_within_a_day_is_announced(eng: Any) -> None:
    panel = SchedulePanel(user="ann", engine=eng)
    soon = utcnow() + timedelta(hours=3)
    _ask(
        panel,
        {
            "schedule": {
                "date": soon.date().isoformat(),
                "time": f"{soon:%H:%M}",
                "tz": "UTC",
                "minutes": 45,
            }
        },
    )
    assert panel.banner["text"].startswith("Your mock interview starts in ")
    assert panel.banner["href"] == panel.interviews[0]["href"]
