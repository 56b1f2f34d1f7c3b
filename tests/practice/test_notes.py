"""Notes per problem and session artifacts: stored per user, exported and imported."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import text

from interview_kernel.practice import notes, portability, sessions
from interview_kernel.practice.notes import NoteError
from interview_kernel.store import create_store_engine

PG_URL = os.environ.get("INTERVIEW_TEST_PG_URL")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine(request, tmp_path, monkeypatch):
    monkeypatch.delenv("JUPYTERHUB_USER", raising=False)
    monkeypatch.delenv("INTERVIEW_USER", raising=False)
    if request.param == "sqlite":
        eng = create_store_engine(f"sqlite:///{tmp_path / 'n.db'}")
    else:
        if not PG_URL:
            pytest.skip("INTERVIEW_TEST_PG_URL is not set")
        wipe = create_store_engine(PG_URL, migrate=False)
        with wipe.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        wipe.dispose()
        eng = create_store_engine(PG_URL)
    yield eng
    eng.dispose()


def test_a_note_is_per_user_and_problem_and_an_empty_body_deletes_it(engine):
    assert notes.get_note("two-sum", user="ann", engine=engine) == ""
    notes.save_note("two-sum", "# Idea\nhash map", user="ann", engine=engine)
    notes.save_note("two-sum", "# Idea\nhash map, one pass", user="ann", engine=engine)
    notes.save_note("two-sum", "bob's", user="bob", engine=engine)
    assert notes.get_note("two-sum", user="ann", engine=engine) == "# Idea\nhash map, one pass"
    assert notes.list_notes(user="bob", engine=engine) == {"two-sum": "bob's"}
    notes.save_note("two-sum", "  \n", user="ann", engine=engine)
    assert notes.list_notes(user="ann", engine=engine) == {}


def test_bad_notes_are_refused_with_what_to_do(engine):
    with pytest.raises(NoteError, match="limit"):
        notes.save_note("two-sum", "x" * (notes.MAX_NOTE_CHARS + 1), user="ann", engine=engine)
    with pytest.raises(NoteError, match="subject"):
        notes.save_note("", "text", user="ann", engine=engine)


def test_artifacts_belong_to_the_session_owner(engine):
    sid = sessions.create_session(mode="design", user="ann", engine=engine).id
    assert notes.get_artifact(sid, "board", user="ann", engine=engine) is None
    notes.save_artifact(sid, "board", '{"elements": []}', user="ann", engine=engine)
    notes.save_artifact(sid, "board", '{"elements": [1]}', user="ann", engine=engine)
    assert notes.get_artifact(sid, "board", user="ann", engine=engine) == '{"elements": [1]}'
    with pytest.raises(NoteError, match="no session"):
        notes.get_artifact(sid, "board", user="bob", engine=engine)
    with pytest.raises(NoteError, match="unknown artifact"):
        notes.save_artifact(sid, "video", "", user="ann", engine=engine)


def test_notes_and_artifacts_travel_with_the_history(engine, tmp_path):
    sid = sessions.create_session(mode="design", user="ann", engine=engine).id
    notes.save_artifact(sid, "notes", "2 servers", user="ann", engine=engine)
    notes.save_note("two-sum", "remember the map", user="ann", engine=engine)
    data = portability.export_history("ann", engine=engine)
    assert data["notes"][0]["subject"] == "two-sum"
    other = create_store_engine(f"sqlite:///{tmp_path / 'other.db'}")
    try:
        assert portability.import_history(data, "cat", engine=other) == 1
        assert notes.get_note("two-sum", user="cat", engine=other) == "remember the map"
        new_sid = sessions.list_sessions(user="cat", engine=other)[0].id
        assert notes.get_artifact(new_sid, "notes", user="cat", engine=other) == "2 servers"
        portability.import_history(data, "cat", engine=other)
        assert notes.list_notes(user="cat", engine=other) == {"two-sum": "remember the map"}
    finally:
        other.dispose()
