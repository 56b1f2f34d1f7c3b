"""The Notes panel's Python side on a real SQLite store.

The browser side is in test_notes_and_submissions_browser.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from interview_kernel.practice import notes
from interview_kernel.store import create_store_engine
from widgets.notes import NotesPanel, render_markdown


@pytest.fixture
def eng(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.delenv("JUPYTERHUB_USER", raising=False)
    e = create_store_engine(f"sqlite:///{tmp_path / 'n.db'}")
    yield e
    e.dispose()


def test_text_from_the_page_is_saved_and_previewed(eng: Any) -> None:
    panel = NotesPanel("two-sum", user="ann", engine=eng)
    assert panel.body == "" and "interview-notes" in panel._dom_classes
    panel.body = "# Idea\n\nUse a **hash map**."
    assert notes.get_note("two-sum", user="ann", engine=eng) == "# Idea\n\nUse a **hash map**."
    assert panel.saved == 1 and panel.error == ""
    assert "<strong>hash map</strong>" in panel.preview and "<h1>Idea</h1>" in panel.preview
    again = NotesPanel("two-sum", user="ann", engine=eng)
    assert again.body.startswith("# Idea") and "<h1>" in again.preview
    assert NotesPanel("two-sum", user="bob", engine=eng).body == ""


def test_too_long_notes_are_refused_with_what_to_do(eng: Any) -> None:
    panel = NotesPanel("two-sum", user="ann", engine=eng)
    panel.body = "x" * (notes.MAX_NOTE_CHARS + 1)
    assert "limit" in panel.error and panel.saved == 0
    panel.body = "short"
    assert panel.error == "" and panel.saved == 1


def test_markdown_escapes_html_and_unsafe_links() -> None:
    out = render_markdown(
        '<img src=x onerror="alert(1)"> [a](javascript:alert(1)) [b](https://x.org)'
    )
    assert "<img" not in out and "&lt;img" in out
    assert 'href="javascript' not in out and 'href="https://x.org"' in out
    assert "<table>" in render_markdown("| a | b |\n|---|---|\n| 1 | 2 |")


def test_unreadable_notes_are_never_overwritten(tmp_path: Any) -> None:
    broken = create_store_engine(f"sqlite:///{tmp_path / 'b.db'}")
    broken.dispose()
    (tmp_path / "b.db").write_bytes(b"not a database" * 100)
    panel = NotesPanel("two-sum", user="ann", engine=broken)
    assert panel.error.startswith("Your notes could not be read")
    panel.body = "new text"
    assert panel.saved == 0
