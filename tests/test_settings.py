"""One list of settings: the code reads only listed variables; the default store is one file."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from interview_kernel import settings

PACKAGE = Path(settings.__file__).parent


def test_every_variable_the_code_reads_is_listed():
    listed = {s.name for s in settings.SETTINGS}
    used: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        if "_runtime" in path.parts:
            continue
        used |= set(re.findall(r"\bINTERVIEW_[A-Z_]*[A-Z]\b", path.read_text()))
    used -= {"INTERVIEW_STATUSES", "INTERVIEW_LLM"}  # a tuple of statuses; the LLM_* prefix
    assert used <= listed, sorted(used - listed)


def test_get_falls_back_to_the_default(monkeypatch):
    monkeypatch.delenv("INTERVIEW_APP_URL", raising=False)
    assert settings.get("INTERVIEW_APP_URL") == "http://127.0.0.1:5100"
    monkeypatch.setenv("INTERVIEW_APP_URL", "  ")
    assert settings.get("INTERVIEW_APP_URL") == "http://127.0.0.1:5100"
    monkeypatch.setenv("INTERVIEW_APP_URL", "https://practice.example")
    assert settings.get("INTERVIEW_APP_URL") == "https://practice.example"
    with pytest.raises(KeyError):
        settings.get("INTERVIEW_NO_SUCH_THING")


def test_secrets_are_masked_in_help(monkeypatch):
    monkeypatch.setenv("INTERVIEW_LLM_API_KEY", "sk-very-secret")
    text = settings.describe()
    assert "sk-very-secret" not in text and "INTERVIEW_LLM_API_KEY" in text


def test_default_database_is_the_same_file_from_any_folder(tmp_path):
    code = "from interview_kernel.store import database_url; print(database_url())"
    env = {k: v for k, v in os.environ.items() if k != "INTERVIEW_DB_URL"}
    seen = set()
    for cwd in (tmp_path, PACKAGE.parent / "notebooks", PACKAGE.parent):
        out = subprocess.run(
            [sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, text=True
        )
        assert out.returncode == 0, out.stderr
        seen.add(out.stdout.strip())
    assert len(seen) == 1, seen
    (url,) = seen
    assert url.endswith("/interview.db") and str(tmp_path) not in url
    assert not (PACKAGE.parent / "notebooks" / "memory").exists()
