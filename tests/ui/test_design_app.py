"""Design mode's widgets without a browser: dispatch, the prompt list, and a sitting whose
notes and board are saved with the session, reopened and graded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from widgets import launch, resolve_params
from widgets.design_app import DesignApp

BOARD = {
    "elements": [
        {"id": "u", "type": "rectangle", "x": 0, "y": 0, "width": 100, "height": 60},
        {"id": "ut", "type": "text", "text": "Users", "containerId": "u"},
        {"id": "d", "type": "ellipse", "x": 300, "y": 0, "width": 100, "height": 60},
        {"id": "dt", "type": "text", "text": "Postgres", "containerId": "d"},
        {
            "id": "a",
            "type": "arrow",
            "x": 100,
            "y": 30,
            "points": [[0, 0], [200, 0]],
            "startBinding": {"elementId": "u"},
            "endBinding": {"elementId": "d"},
        },
    ]
}


@pytest.fixture()
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("JUPYTERHUB_USER", raising=False)
    monkeypatch.setenv("INTERVIEW_USER", "designer")
    monkeypatch.setenv("INTERVIEW_INTERVIEWER", "rule")
    db = tmp_path / "design.db"
    monkeypatch.setenv("INTERVIEW_DB_URL", f"sqlite:///{db}")
    return db


def test_the_query_string_selects_design_and_behavioural_modes() -> None:
    p = resolve_params(query_string="mode=design&prompt=url-shortener&session=12")
    assert (p["mode"], p["prompt"], p["session"], p["notice"]) == (
        "design",
        "url-shortener",
        12,
        "",
    )
    assert resolve_params(query_string="mode=behavioral")["mode"] == "behavioral"
    bad = resolve_params(query_string="mode=design&prompt=../x&session=1;2")
    assert "prompt" not in bad and "session" not in bad
    assert "prompt" not in resolve_params(query_string="mode=practice&prompt=url-shortener")


def test_design_without_a_prompt_or_with_an_unknown_one_lists_the_prompts() -> None:
    page = launch(mode="design", record=False).children[0]
    assert "interview-design-picker" in page.children[-1].value
    assert 'data-prompt="url-shortener"' in page.children[-1].value
    wrong = launch(mode="design", prompt="url-shortner", record=False).children[0]
    assert "There is no design prompt called" in wrong.children[-1].value


def test_notes_and_board_are_saved_reopened_and_graded(store: Path) -> None:
    app = launch(mode="design", prompt="url-shortener").children[0]
    assert isinstance(app, DesignApp) and not app.store.resumed
    app.notes.value = "## Estimation\nAbout 50 writes/s and 2,500 redirects per second."
    app.board.scene = json.dumps(BOARD)
    app.chat.send("Links are stored in Postgres with a cache in front.")
    app.store.flush()

    again = launch(mode="design", prompt="url-shortener").children[0]
    assert again.store.resumed and again.store.id == app.store.id
    assert "2,500 redirects" in again.notes.value
    assert json.loads(again.board.scene)["elements"][1]["text"] == "Users"
    assert ("user", "Links are stored in Postgres with a cache in front.") in again.chat.history

    again.end()
    html = again.report.value
    assert "Hire signal:" in html and 'data-dimension="high_level_design"' in html
    assert "Users" in html and "no replica" in html
    assert again.end_button.disabled and again.board.read_only

    from interview_kernel.practice import sessions

    view = sessions.get_session(again.store.id)
    assert view.status == "completed" and view.mode == "design" and view.hire_signal
    reopened = launch(mode="design", session=again.store.id).children[0]
    assert reopened.store.id == again.store.id and "Hire signal:" in reopened.report.value
    fresh = launch(mode="design", prompt="url-shortener").children[0]
    assert fresh.store.id != again.store.id and fresh.notes.value == ""


def test_behavioural_answers_are_analysed_and_a_reload_replays_them(store: Path) -> None:
    answer = (
        "Last year at my previous company our checkout kept timing out. My task was to find "
        "the cause. I analysed the traces and rewrote the data access layer. As a result the "
        "latency dropped from 2 seconds to 300 ms."
    )
    app = launch(mode="behavioral").children[0]
    first = app.interviewer.current.text
    app.answer.value = answer
    app._send_answer()
    assert app.analysis.value.count("interview-star") == 1
    assert 'data-part="result" data-found="true"' in app.analysis.value

    again = launch(mode="behavioral").children[0]
    assert again.store.id == app.store.id and again.interviewer.questions[0].text == first
    assert again.interviewer.index == app.interviewer.index
    again.end()
    assert again.report.value.count("interview-star") == 1 and "300 ms" in again.report.value
