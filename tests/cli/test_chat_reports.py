"""``interview chat`` ends with the same reports as the app: per behavioural answer the STAR
breakdown, per design dimension the evidence, the numbers and the hire signal; ``--json``
ends with the report as one object; a design sitting without a prompt offers the list."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from interview_kernel.cli.chat import chat_loop, render_report, report_object
from interview_kernel.interviewer import BehavioralInterviewer, DesignInterviewer
from interview_kernel.interviewer.catalog import load_design_prompt

ROOT = Path(__file__).resolve().parents[2]
ANSWER = (
    "Last year at my previous company our checkout service kept timing out during sales. "
    "My task was to find the cause before the next campaign. I analysed the traces and "
    "rewrote the data access layer; then I added a load test to the pipeline. As a result "
    "the p99 latency dropped from 2 seconds to 300 ms."
)
SHORT = "We fixed it together and the team was happy."


def _cli(*argv: str, stdin: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "INTERVIEW_DB_URL": f"sqlite:///{tmp_path / 'chat.db'}"}
    env["INTERVIEW_INTERVIEWER"] = "rule"
    return subprocess.run(
        [sys.executable, "-m", "interview_kernel.cli", "chat", *argv],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )


def test_end_of_input_prints_every_behavioural_answer_with_its_star_parts() -> None:
    iv = BehavioralInterviewer(count=3, seed=7, backend="rule")
    report = chat_loop(iv, [ANSWER, SHORT, "skip"], lambda _m: None)
    text = render_report(report)
    assert text.count("\nQ") == 2  # the follow-up on the short answer keeps it on Q2
    assert '  result    yes: "As a result the p99 latency dropped' in text
    assert 'result quantified: yes: "' in text and "result quantified: no" in text
    assert "ownership: 'I'" in text and text.count("  improve: ") == 2
    q1 = report.details["questions"][0]["text"]
    assert q1 in text


def test_the_design_report_shows_levels_quotes_numbers_and_the_hire_signal() -> None:
    iv = DesignInterviewer(load_design_prompt("url-shortener"), backend="rule")
    lines = [
        "Requirements: shorten links, redirect, custom aliases; links expire after five years.",
        "Estimation: about 50 writes/s and 2,500 redirects per second at peak.",
        "done",
    ]
    report = chat_loop(iv, lines, lambda _m: None)
    text = render_report(report)
    assert text.startswith("Score: ") and "; hire signal: " in text.splitlines()[0]
    assert "\nEstimation: " in text and "(core features)" in text
    assert "ok  reads per second: about 2,315; you wrote 2,500 redirects per second" in text
    obj = report_object(report, text)
    assert obj["mode"] == "design" and obj["hire_signal"] == report.details["hire_signal"]
    assert json.loads(json.dumps(obj))["report"]["numbers"][0]["ok"] is True


def test_json_ends_with_the_report_as_one_object(tmp_path: Path) -> None:
    out = _cli(
        "--mode", "behavioral", "--json", "--no-save", stdin=f"{ANSWER}\n", tmp_path=tmp_path
    )
    assert out.returncode == 0, out.stderr
    objs = [json.loads(line) for line in out.stdout.splitlines()]
    final = objs[-1]
    assert final["speaker"] == "report" and final["mode"] == "behavioral"
    [answered] = final["report"]["questions"]
    assert answered["analysis"]["parts"]["result"]["found"] is True
    assert "improve: " in final["message"]


def test_the_terminal_prints_the_report_at_the_end_and_stores_it(tmp_path: Path) -> None:
    out = _cli(
        "url-shortener",
        "--mode",
        "design",
        stdin="We cache redirects in Redis.\ndone\n",
        tmp_path=tmp_path,
    )
    assert out.returncode == 0, out.stderr
    assert "--- report ---\nScore: " in out.stdout and "High-level design: " in out.stdout


def test_design_without_a_prompt_lists_them_when_it_cannot_ask(tmp_path: Path) -> None:
    out = _cli("--mode", "design", "--no-save", stdin="", tmp_path=tmp_path)
    assert out.returncode == 2
    assert "name a design prompt" in out.stderr and "url-shortener" in out.stderr


def test_design_without_a_prompt_offers_a_numbered_choice(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from interview_kernel.cli.chat import choose_subject

    picked = choose_subject("design", interactive=True, ask=lambda _p: "url-shortener")
    assert picked == "url-shortener"
    assert "Design a URL shortener  [url-shortener]" in capsys.readouterr().out
