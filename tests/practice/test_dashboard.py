"""The dashboard notebook, executed for real (nbclient) against a temporary SQLite store.

Submissions come from a FAKE grader (fixed results): the data only has to exist.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from interview_kernel import load_problem
from interview_kernel import result as R
from interview_kernel.practice import dashboard as dash
from interview_kernel.practice import sessions
from interview_kernel.practice.metrics import collect_stats
from interview_kernel.store import create_store_engine

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "notebooks" / "dashboard.ipynb"
NOW = datetime(2026, 3, 6, 12, 0, tzinfo=timezone.utc)


def fake(verdicts):
    """FAKE grader: fixed verdicts, first two visible."""

    def grade(problem, source, language):
        tests = [R.TestResult(f"t{i}", i >= 2, R.Verdict(v)) for i, v in enumerate(verdicts)]
        bad = next((t.verdict for t in tests if t.verdict is not R.Verdict.AC), R.Verdict.AC)
        return R.GradeResult(problem.id, language, bad, tests, time_ms=3)

    return grade


@pytest.fixture(scope="module")
def populated(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("dash")
    url = f"sqlite:///{tmp / 'dash.db'}"
    eng = create_store_engine(url)
    two, three = load_problem("two-sum"), load_problem("three-sum")
    plan = [
        ("ann", two, ["AC", "AC", "AC"], 0, 12),
        ("ann", three, ["WA", "AC"], 1, 30),
        ("ann", two, ["AC", "AC"], 2, 8),
        ("ann", three, ["TLE"], 3, 50),
        ("zed", two, ["RE"], 0, 5),
    ]
    for user, prob, verdicts, day, minutes in plan:
        start = NOW - timedelta(days=4 - day, hours=1)
        s = sessions.create_session(user=user, problem=prob, engine=eng, now=start)
        sessions.submit(s.id, "x", fake(verdicts), user=user, engine=eng, now=start)
        sessions.end_session(
            s.id, user=user, problem=prob, engine=eng, now=start + timedelta(minutes=minutes)
        )
    eng.dispose()
    return url


def _run(url, user, tmp_path):
    env_backup = dict(os.environ)
    os.environ.update(
        INTERVIEW_DB_URL=url,
        INTERVIEW_USER=user,
        PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
    )
    os.environ.pop("JUPYTERHUB_USER", None)
    try:
        nb = nbformat.read(NOTEBOOK, as_version=4)
        for cell in nb.cells:
            if "parameters" in cell.get("metadata", {}).get("tags", []):
                cell.source += f"\nnow = {NOW.isoformat()!r}\n"
        NotebookClient(
            nb, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
        ).execute()
        return nb
    finally:
        os.environ.clear()
        os.environ.update(env_backup)


def _outputs(nb):
    html, pngs, errors = [], 0, []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                errors.append(out)
            data = out.get("data", {})
            pngs += data.get("text/html", "").count('src="data:image/png;base64,')
            html.append(data.get("text/html", "") + data.get("text/markdown", ""))
            if out.get("output_type") == "stream" and out.get("name") == "stderr":
                errors.append(out)
    return "\n".join(html), pngs, errors


@pytest.mark.slow
def test_dashboard_notebook_executes_with_plots_and_links(populated, tmp_path):
    nb = _run(populated, "ann", tmp_path)
    html, pngs, errors = _outputs(nb)
    assert errors == []
    assert pngs == 5  # trend, solved, time, verdicts, weakest topics
    assert 'alt="Score trend"' in html and 'alt="Weakest topics"' in html  # text alternatives
    assert "Your practice summary" in html  # "ann" has no name beyond the login
    assert '<a href="interview.ipynb">Practice problems</a>' in html  # back to the app
    assert "`" not in html and "INTERVIEW_" not in html  # candidate wording only
    assert 'aria-label="4 submissions in the last 26 weeks"' in html
    assert "dash-recent" in html
    assert 'href="interview.ipynb?problem=three-sum"' in html  # relative: works under a hub
    assert 'media="(prefers-color-scheme: dark)"' in html  # each chart has a dark rendering
    assert "prefers-color-scheme: dark" in html.split("</style>")[0]  # so has the page
    assert 'class="dash-scores"' in html  # the latest scores with their deductions
    assert "correctness: 1 of 1 visible tests failed" in html and "45 min budget" in html
    assert re.search(r"\bzed\b", html) is None  # another user's name ("sized" is fine)
    assert "4 day(s)" in html  # streak: practised each of the last four days


@pytest.mark.slow
def test_dashboard_empty_store(tmp_path):
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    nb = _run(url, "newbie", tmp_path)
    html, pngs, errors = _outputs(nb)
    assert errors == [] and pngs == 0
    assert "No completed sessions yet" in html and "Nothing to review" in html
    assert "No scored sessions yet" in html


def test_figures_and_fragments_directly(populated):
    eng = create_store_engine(populated)
    stats = collect_stats("ann", engine=eng, now=NOW)
    eng.dispose()
    for fn in (
        dash.plot_score_trend,
        dash.plot_solved,
        dash.plot_time_per_problem,
        dash.plot_verdict_mix,
        dash.plot_weakest_topics,
    ):
        fig = fn(stats)
        assert fig is not None
        assert dash.png(fig).startswith(b"\x89PNG")
    assert "three-sum" in dash.review_queue_html(stats)
    assert dash.review_queue_html({"review_queue": []}).startswith("<p")


def test_dashboard_imports_no_widgets():
    code = (
        "import sys, interview_kernel.practice.dashboard, interview_kernel.practice.metrics, "
        "interview_kernel.practice.sessions, interview_kernel.schedule, interview_kernel.scoring, "
        "interview_kernel.store\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('ipywidgets', 'widgets', "
        "'anywidget')]\nassert not bad, bad"
    )
    subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert "ipywidgets" not in NOTEBOOK.read_text()


def test_weakest_topics_are_the_unsolved_ones_weakest_first():
    from interview_kernel.practice.metrics import weakest_topics

    rows = weakest_topics(
        {
            "arrays": {"attempted": 2, "solved": 2, "avg_score": 90},
            "graphs": {"attempted": 4, "solved": 1, "avg_score": 40},
            "dp": {"attempted": 2, "solved": 1, "avg_score": 55},
        }
    )
    assert [r["topic"] for r in rows] == ["graphs", "dp"]  # 100%-solved arrays is not weak
    fig = dash.plot_weakest_topics({"weakest_topics": rows})
    ax = fig.axes[0]
    top = min(ax.patches, key=lambda bar: bar.get_y())  # inverted: the smallest y is drawn on top
    assert ax.yaxis_inverted() and top.get_width() == 25


def test_a_one_point_score_trend_has_a_days_wide_axis():
    from matplotlib.dates import num2date

    stats = {"score_trend": [{"end_time": NOW.isoformat(), "score": 60}], "timezone": "UTC"}
    low, high = (num2date(v) for v in dash.plot_score_trend(stats).axes[0].get_xlim())
    assert timedelta(days=1) < high - low <= timedelta(days=2)


def test_upcoming_is_local_readable_and_startable_without_the_one_in_progress():
    ups = [
        {
            "status": "in_progress",
            "scheduled_time": "2026-03-06T11:50:00+00:00",
            "mode": "coding",
            "difficulty": "medium",
            "start_link": "/voila/render/interview.ipynb?schedule=1",
        },
        {
            "status": "scheduled",
            "scheduled_time": "2026-03-13T20:00:00+00:00",
            "mode": "coding",
            "difficulty": "hard",
            "start_link": "/voila/render/interview.ipynb?schedule=2",
            "can_start": False,
        },
    ]
    out = dash.upcoming_html({"upcoming": ups, "timezone": "America/New_York"})
    assert "schedule=1" not in out  # in progress: open in the app, not upcoming
    assert "Fri 13 Mar 2026, 16:00 EDT" in out and "2026-03-13T" not in out
    assert 'href="interview.ipynb?schedule=2"' in out  # relative to the dashboard's page
    empty = dash.upcoming_html({"upcoming": [], "timezone": "UTC"})
    assert "`" not in empty and "interview schedule" not in empty


def test_heatmap_and_recent_submissions(populated):
    eng = create_store_engine(populated)
    stats = collect_stats("ann", engine=eng, now=NOW)
    eng.dispose()
    assert sum(stats["activity"].values()) == 4
    heat = dash.heatmap_html(stats)
    assert heat.count("<rect") > 7 * 25 and 'data-count="1"' in heat
    recent = dash.recent_html(stats)
    assert recent.index("three-sum") < recent.index("two-sum")  # newest first
    assert 'href="interview.ipynb?problem=two-sum"' in recent


def test_display_name_prefers_the_hub_then_preferences_then_the_os(monkeypatch):
    from interview_kernel.store.identity import display_name

    monkeypatch.setenv("JUPYTERHUB_USER", "ann.lee")
    assert display_name("ann", "Ann") == "ann.lee"
    monkeypatch.delenv("JUPYTERHUB_USER")
    assert display_name("ann", "Ann") == "Ann"
    assert display_name("root") is None  # a system account is nobody's name
    assert display_name("no-such-account-here") is None


def test_the_breakdown_lists_every_deduction_by_part():
    rows = [
        {
            "problem_id": "two-sum",
            "mode": "coding",
            "end_time": "2026-03-06T12:10:00+00:00",
            "score": 78,
            "deductions": [
                {"points": 8, "reason": "2 of 10 hidden tests failed", "part": "correctness"},
                {"points": 10, "reason": "O(n^2) where O(n) is expected", "part": "efficiency"},
                {"points": 4, "reason": "1 hint used", "part": "hints"},
            ],
            "notes": [],
            "given": False,
            "hire_signal": None,
        },
        {
            "problem_id": None,
            "mode": "design",
            "end_time": "2026-03-05T12:00:00+00:00",
            "score": 75,
            "deductions": [],
            "notes": [],
            "given": False,
            "hire_signal": "hire",
        },
    ]
    out = dash.breakdown_html(rows, {"timezone": "Europe/Berlin"})
    assert "\u22128</span> correctness: 2 of 10 hidden tests failed" in out
    assert "\u221210</span> efficiency: O(n^2) where O(n) is expected" in out
    assert 'href="interview.ipynb?problem=two-sum"' in out
    assert "Fri 06 Mar 2026, 13:10 CET" in out  # in the user's zone
    assert "System design session" in out and "Scored from the interview rubric" in out
    assert "(hire)" in out


def test_stored_reminder_links_become_relative():
    stats = {
        "notifications": [
            {
                "message": "Your mock starts in 1 hour",
                "link": "http://127.0.0.1:5100/voila/render/interview.ipynb?schedule=7",
            }
        ]
    }
    assert 'href="interview.ipynb?schedule=7"' in dash.notifications_html(stats)
    assert dash.notifications_html({"notifications": []}) == ""


def test_dark_charts_have_dark_backgrounds():
    from matplotlib.colors import to_hex

    stats = {"score_trend": [{"end_time": NOW.isoformat(), "score": 60}], "timezone": "UTC"}
    fig = dash.plot_score_trend(stats)
    dash._darken(fig)
    assert to_hex(fig.patch.get_facecolor()) == "#0d1117"
    assert to_hex(fig.axes[0].title.get_color()) == "#e6edf3"
    assert to_hex(fig.axes[0].lines[0].get_color()) == "#58a6ff"


def test_heatmap_cells_take_their_shade_from_the_theme(populated):
    heat = dash.heatmap_html({"activity": {}, "generated_at": NOW.isoformat(), "timezone": "UTC"})
    assert 'class="dash-l0"' in heat and ".dash-heatmap .dash-l0{fill:var(--dash-l0)}" in dash.STYLE
