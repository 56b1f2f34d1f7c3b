"""``interview plan new|show`` from the command line, against a temporary SQLite store.

The subcommand is an entry point (``interview.commands``); the parser here is built
the way the ``interview`` command builds it, from this module's ``register``.
"""

from __future__ import annotations

import argparse
import json

import pytest

from interview_kernel.cli import plan
from interview_kernel.store import dispose_engines


@pytest.fixture
def run(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("INTERVIEW_DB_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    monkeypatch.delenv("JUPYTERHUB_USER", raising=False)
    parser = argparse.ArgumentParser(prog="interview")
    plan.register(parser.add_subparsers(dest="command"))

    def call(*argv: str) -> tuple[int, str]:
        args = parser.parse_args(list(argv))
        code = args.func(args)
        return code, capsys.readouterr().out

    yield call
    dispose_engines()


def test_show_without_a_plan_says_how_to_make_one(run) -> None:
    code, out = run("plan", "--user", "dee", "show")
    assert code == 1 and "interview plan new --list patterns-150" in out


def test_new_then_show(run) -> None:
    code, out = run(
        "plan", "--user", "dee", "new", "--list", "essentials-75", "--weeks", "3", "--hours", "2"
    )
    assert code == 0
    assert out.startswith("Study plan: essentials-75, 3 weeks at 2 h/week (week 1 of 3)")
    assert "week 1 (" in out and "not in the bank yet (skipped)" in out
    code, out = run("plan", "--user", "dee", "show", "--json")
    data = json.loads(out)
    assert code == 0 and data["list"] == "essentials-75" and data["weeks"] == 3
    assert data["next"]["link"].startswith("/voila/render/interview.ipynb?problem=")
    code, out = run("plan", "--user", "dee", "show")
    assert f"next: {data['next']['problem_id']} (week 1)" in out and "week 1 (" not in out


def test_a_bad_list_is_a_usage_error(run) -> None:
    from interview_kernel.practice.plans import PlanError

    with pytest.raises(PlanError, match="no study list 'nope'") as info:
        run("plan", "new", "--list", "nope", "--weeks", "2", "--hours", "3")
    assert info.value.exit_code == 2


def test_the_subcommand_is_an_entry_point() -> None:
    from pathlib import Path

    import tomllib

    project = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text())
    commands = project["project"]["entry-points"]["interview.commands"]
    assert commands["plan"] == "interview_kernel.cli.plan:register"
