"""The analytics dashboard: figures and tables from ``metrics.collect_stats``.

Each ``plot_*`` function takes the stats dict and returns a matplotlib
:class:`~matplotlib.figure.Figure` (``None`` when there is nothing to plot);
each ``*_html`` function returns an HTML fragment. Figures are built on the
object API (no pyplot global state), so several Voila kernels never share a
figure. ``notebooks/dashboard.ipynb`` only sequences these calls.
"""

from __future__ import annotations

import html
import io
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
from matplotlib.figure import Figure

from ..settings import APP_PATH, DASHBOARD_PATH

HEATMAP_WEEKS = 26
"""How many weeks the submission calendar shows (ending with the current one)."""

_VERDICT_COLOURS = {
    "AC": "#2e7d32",
    "WA": "#c62828",
    "TLE": "#ef6c00",
    "MLE": "#6a1b9a",
    "OLE": "#8d6e63",
    "RE": "#ad1457",
    "CE": "#455a64",
    "IE": "#9e9e9e",
}


APP_PAGE = APP_PATH.rsplit("/", 1)[-1]
"""The app's page, linked relatively: the dashboard is served beside it (under a hub too)."""


def app_href(problem_id: str | None = None, schedule: int | None = None) -> str:
    """A link from the dashboard to the app: a problem, a mock interview's start, or the picker."""
    from urllib.parse import quote

    if schedule is not None:
        return f"{APP_PAGE}?schedule={int(schedule)}"
    return f"{APP_PAGE}?problem={quote(problem_id)}" if problem_id else APP_PAGE


def _relative(link: str | None) -> str | None:
    """A stored app link (absolute, from a reminder) made relative to the dashboard's page."""
    if not link:
        return link
    from urllib.parse import parse_qs, urlsplit

    parts = urlsplit(link)
    if not parts.path.endswith("/" + APP_PAGE):
        return link
    query = parse_qs(parts.query)
    if query.get("schedule", [""])[0].isdigit():
        return app_href(schedule=int(query["schedule"][0]))
    if query.get("problem"):
        return app_href(query["problem"][0])
    return APP_PAGE


def png(fig: Figure) -> bytes:
    """The figure rendered as PNG bytes (what the notebook displays)."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=96, bbox_inches="tight")
    return buf.getvalue()


def _zone(stats: dict[str, Any]) -> ZoneInfo:
    return ZoneInfo(stats.get("timezone") or "UTC")


_DARK = {"bg": "#0d1117", "fg": "#e6edf3", "muted": "#8b949e", "grid": "#30363d"}
_DARK_SWAPS = {"#1565c0": "#58a6ff", "#bbdefb": "#1f3b5c", "#00897b": "#26a69a"}


def _darken(fig: Figure) -> None:
    """Restyle ``fig`` in place for a dark page: background, text, axes, grid, dim colours."""
    from matplotlib.colors import to_hex

    bg, fg = _DARK["bg"], _DARK["fg"]
    fig.patch.set_facecolor(bg)
    for ax in fig.axes:
        ax.set_facecolor(bg)
        for label in (ax.title, ax.xaxis.label, ax.yaxis.label, *ax.texts):
            label.set_color(fg)
        ax.tick_params(colors=fg, which="both")
        for spine in ax.spines.values():
            spine.set_edgecolor(_DARK["muted"])
        for line in ax.get_xgridlines() + ax.get_ygridlines():
            line.set_color(_DARK["grid"])
        for line in ax.lines:
            line.set_color(_DARK_SWAPS.get(to_hex(line.get_color()), line.get_color()))
            line.set_markerfacecolor(line.get_color())
            line.set_markeredgecolor(line.get_color())
        for patch in ax.patches:
            colour = to_hex(patch.get_facecolor())
            patch.set_facecolor(_DARK_SWAPS.get(colour, colour))
        legend = ax.get_legend()
        if legend is not None:
            legend.get_frame().set_facecolor(bg)
            legend.get_frame().set_edgecolor(_DARK["muted"])
            for text in legend.get_texts():
                text.set_color(fg)


def figure_html(fig: Figure, description: str) -> str:
    """The figure as inline PNG images (light, and dark for a dark page) with ``alt`` text.

    A bare PNG output renders as an image without a text alternative, which
    screen readers announce as nothing (axe-core: image-alt, critical). The
    browser picks the dark rendering when the system prefers a dark scheme.
    """
    import base64

    light = base64.b64encode(png(fig)).decode("ascii")
    _darken(fig)
    dark = base64.b64encode(png(fig)).decode("ascii")
    alt = html.escape(description, quote=True)
    return (
        '<picture class="dash-figure">'
        f'<source media="(prefers-color-scheme: dark)" srcset="data:image/png;base64,{dark}">'
        f'<img class="dash-figure" alt="{alt}" src="data:image/png;base64,{light}"></picture>'
    )


def plot_score_trend(stats: dict[str, Any]) -> Figure | None:
    """Score of each completed session over time, in the user's zone.

    The x-axis spans the sessions with a day's margin each side: one session
    gets a readable two-day axis, not matplotlib's default years around a point.
    """
    trend = stats.get("score_trend") or []
    if not trend:
        return None
    tz = _zone(stats)
    fig = Figure(figsize=(7, 3))
    ax = fig.subplots()
    x: Any = [datetime.fromisoformat(t["end_time"]).astimezone(tz) for t in trend]
    y = [t["score"] for t in trend]
    ax.plot(x, y, marker="o", color="#1565c0")
    ax.set_xlim(min(x) - timedelta(days=1), max(x) + timedelta(days=1))
    locator = AutoDateLocator(tz=tz, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator, tz=tz))
    ax.set_ylim(0, 100)
    ax.set_ylabel("score")
    ax.set_title("Score trend")
    ax.grid(alpha=0.3)
    return fig


def plot_solved(stats: dict[str, Any]) -> Figure | None:
    """Solved vs attempted problems by topic and by difficulty, side by side."""
    topics = stats.get("by_topic") or {}
    diffs = stats.get("by_difficulty") or {}
    if not topics and not diffs:
        return None
    fig = Figure(figsize=(9, 3.2))
    ax1, ax2 = fig.subplots(1, 2, gridspec_kw={"width_ratios": [3, 1]})
    for ax, data, title in ((ax1, topics, "by topic"), (ax2, diffs, "by difficulty")):
        names = list(data)
        att = [data[n]["attempted"] for n in names]
        sol = [data[n]["solved"] for n in names]
        pos = range(len(names))
        ax.bar(pos, att, color="#bbdefb", label="attempted")
        ax.bar(pos, sol, color="#1565c0", label="solved")
        ax.set_xticks(list(pos), names, rotation=45, ha="right")
        ax.set_title(f"Solved {title}")
        ax.yaxis.get_major_locator().set_params(integer=True)
    ax1.legend(loc="upper right")
    return fig


def plot_time_per_problem(stats: dict[str, Any]) -> Figure | None:
    """Average minutes spent per problem."""
    rows = stats.get("time_per_problem") or []
    if not rows:
        return None
    fig = Figure(figsize=(7, 0.4 * len(rows) + 1.2))
    ax = fig.subplots()
    ax.barh([r["problem_id"] for r in rows], [r["avg_minutes"] for r in rows], color="#00897b")
    ax.set_xlabel("minutes (average per session)")
    ax.set_title("Time per problem")
    return fig


def plot_verdict_mix(stats: dict[str, Any]) -> Figure | None:
    """Share of each verdict over all submissions."""
    verdicts = stats.get("verdicts") or {}
    if not verdicts:
        return None
    fig = Figure(figsize=(4, 4))
    ax = fig.subplots()
    names = list(verdicts)
    ax.pie(
        [verdicts[n] for n in names],
        labels=[f"{n} ({verdicts[n]})" for n in names],
        colors=[_VERDICT_COLOURS.get(n, "#757575") for n in names],
        startangle=90,
    )
    ax.set_title("Verdict mix")
    return fig


def plot_weakest_topics(stats: dict[str, Any]) -> Figure | None:
    """Solve rate of the weakest topics."""
    rows = stats.get("weakest_topics") or []
    if not rows:
        return None
    fig = Figure(figsize=(6, 0.45 * len(rows) + 1.2))
    ax = fig.subplots()
    ax.barh([r["topic"] for r in rows], [100 * r["solve_rate"] for r in rows], color="#e53935")
    ax.invert_yaxis()  # the weakest (first) on top, as it is read
    ax.set_xlim(0, 100)
    ax.set_xlabel("solved (%)")
    ax.set_title("Weakest topics")
    return fig


def _table(headers: list[str], rows: list[list[str]], css: str) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f'<table class="{css}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def summary_html(stats: dict[str, Any]) -> str:
    """Headline numbers and the streak."""
    t = stats["totals"]
    avg = "–" if t["avg_score"] is None else f"{t['avg_score']:g}"
    s = stats["streak"]
    cells = [
        ("Sessions", t["sessions"]),
        ("Solved", f"{t['problems_solved']} / {t['problems_attempted']}"),
        ("Average score", avg),
        ("Hours", f"{t['total_hours']:g}"),
        ("Streak", f"{s['current']} day(s) (best {s['longest']})"),
    ]
    items = "".join(
        f'<div class="dash-stat"><div class="dash-value">{html.escape(str(v))}</div>'
        f'<div class="dash-label">{html.escape(k)}</div></div>'
        for k, v in cells
    )
    name = stats.get("display_name")
    heading = f"Practice summary for {html.escape(name)}" if name else "Your practice summary"
    return f'<div class="dash-summary"><h2>{heading}</h2>{items}</div>'


def nav_html() -> str:
    """Links between the dashboard and the practice app (relative: they are served side by side)."""
    return (
        '<nav class="dash-nav" aria-label="Pages">'
        f'<a href="{APP_PAGE}">Practice problems</a> <span aria-hidden="true">·</span> '
        f'<a href="{DASHBOARD_PATH.rsplit("/", 1)[-1]}" aria-current="page">Dashboard</a></nav>'
    )


def local_time(iso: str, tz: ZoneInfo) -> str:
    """An ISO 8601 time as people read it in ``tz``: ``Fri 27 Feb 2026, 15:00 EST``."""
    when = datetime.fromisoformat(iso).astimezone(tz)
    return f"{when:%a %d %b %Y, %H:%M} {when.tzname()}"


def review_queue_html(stats: dict[str, Any]) -> str:
    """The spaced-repetition queue, each problem linking to the practice app."""
    queue = stats.get("review_queue") or []
    if not queue:
        return '<p class="dash-review-empty">Nothing to review: no failed or slow problems.</p>'
    rows = []
    for r in queue:
        pid = html.escape(r["problem_id"])
        link = html.escape(app_href(r["problem_id"]), quote=True)
        when = "due now" if r["due"] else f"due {html.escape(r['due_at'][:10])}"
        rows.append(
            [
                f'<a class="dash-review-link" href="{link}" target="_blank">{pid}</a>',
                when,
                f"{r['interval_days']} d",
                html.escape(r["reason"]),
            ]
        )
    return _table(["Problem", "When", "Interval", "Why"], rows, "dash-review")


def plan_html(progress: dict[str, Any] | None) -> str:
    """The study plan's progress (done, due, behind) and a link to the next problem."""
    if not progress:
        return (
            '<p class="dash-plan-empty">No study plan yet. A plan orders the bank by pattern'
            " into weekly sets sized by your hours; ask for one with the plan command.</p>"
        )
    week = progress["week"]
    when = (
        "starts soon"
        if week == 0
        else ("is over" if week > progress["weeks"] else f"week {week} of {progress['weeks']}")
    )
    parts = [
        f'<p class="dash-plan" data-status="{html.escape(progress["status"])}">'
        f"<strong>{html.escape(progress['list'])}</strong>: {when}. "
        f"Done {progress['done']} of {progress['total']}; due this week {len(progress['due'])};"
        f" behind {len(progress['behind'])} ({html.escape(progress['status'])}).</p>"
    ]
    nxt = progress.get("next")
    if nxt:
        link = html.escape(app_href(nxt["problem_id"]), quote=True)
        parts.append(
            f'<p>Next: <a class="dash-plan-next" href="{link}" target="_blank">'
            f"{html.escape(nxt['problem_id'])}</a> (week {nxt['week']}).</p>"
        )
    return "".join(parts)


def upcoming_html(stats: dict[str, Any]) -> str:
    """Scheduled mock interviews still to start, in the user's time, with start links.

    An interview already in progress is not "upcoming": it is open in the app.
    Unread reminder banners come first.
    """
    tz = _zone(stats)
    parts = []
    for n in stats.get("notifications") or []:
        link = _relative(n.get("link"))
        a = f' <a href="{html.escape(link, quote=True)}">Open</a>' if link else ""
        parts.append(f'<div class="dash-banner">{html.escape(n["message"])}{a}</div>')
    ups = [u for u in stats.get("upcoming") or [] if u["status"] == "scheduled"]
    if ups:
        rows = []
        for u in ups[:10]:
            link = html.escape(_relative(u["start_link"]) or "", quote=True)
            label = "Start now" if u.get("can_start") else "Start link (opens 15 min before)"
            rows.append(
                [
                    html.escape(local_time(u["scheduled_time"], tz)),
                    html.escape(u["mode"]),
                    html.escape(u.get("difficulty") or ""),
                    f'<a class="dash-start" href="{link}">{label}</a>',
                ]
            )
        parts.append(_table(["When", "Mode", "Difficulty", "Start"], rows, "dash-upcoming"))
    else:
        parts.append('<p class="dash-upcoming-empty">No mock interviews scheduled.</p>')
    return "".join(parts)


def recent_html(stats: dict[str, Any]) -> str:
    """The latest submissions, newest first, each linking to its problem."""
    recent = stats.get("recent_submissions") or []
    if not recent:
        return '<p class="dash-recent-empty">No submissions yet.</p>'
    tz = _zone(stats)
    rows = []
    for r in recent:
        pid = html.escape(r["problem_id"] or "")
        href = app_href(r["problem_id"]) if r["problem_id"] else None
        name = f'<a href="{html.escape(href, quote=True)}">{pid}</a>' if href else pid
        rows.append(
            [
                name,
                f'<span class="dash-verdict dash-{html.escape(r["verdict"])}">'
                f"{html.escape(r['verdict'])}</span>",
                f"{r['passed']}/{r['total']}",
                html.escape(r["language"]),
                html.escape(local_time(r["submitted_at"], tz)),
            ]
        )
    return _table(["Problem", "Verdict", "Passed", "Language", "When"], rows, "dash-recent")


_PARTS = {
    "correctness": "correctness",
    "efficiency": "efficiency",
    "time": "time",
    "hints": "hints",
}
_MODES = {"design": "System design session", "behavioral": "Behavioural session"}


def breakdown_html(rows: list[dict[str, Any]], stats: dict[str, Any]) -> str:
    """The latest scores with every deduction, by part (``history.scored_sessions`` rows).

    A score is only worth reading with its reasons: each session lists the
    points it lost and why (``-8 correctness: 2 of 10 hidden tests failed``).
    """
    if not rows:
        return (
            '<p class="dash-scores-empty">No scored sessions yet: end a session in the'
            " practice app to see where its points went.</p>"
        )
    tz = _zone(stats)
    body = []
    for r in rows:
        pid = r.get("problem_id")
        if pid:
            what = f'<a href="{html.escape(app_href(pid), quote=True)}">{html.escape(pid)}</a>'
        else:
            what = html.escape(_MODES.get(r.get("mode") or "", "Session"))
        items = [
            f'<li><span class="dash-points">\u2212{int(d["points"])}</span> '
            f"{html.escape(_PARTS.get(d['part'], d['part']))}: {html.escape(d['reason'])}</li>"
            for d in r.get("deductions") or []
        ]
        if not items:
            if r.get("given"):
                items = ["<li>Score given at the end of the session</li>"]
            elif r.get("mode") != "coding":
                items = ["<li>Scored from the interview rubric</li>"]
            else:
                items = ["<li>No deductions: full marks</li>"]
        items += [
            f'<li class="dash-note">{html.escape(n[:1].upper() + n[1:])}</li>'
            for n in r.get("notes") or []
        ]
        signal = f" ({html.escape(r['hire_signal'])})" if r.get("hire_signal") else ""
        body.append(
            [
                what,
                html.escape(local_time(r["end_time"], tz)) if r.get("end_time") else "",
                f'<span class="dash-score">{r["score"]:g}</span>{signal}',
                f'<ul class="dash-deductions">{"".join(items)}</ul>',
            ]
        )
    return _table(["Session", "Ended", "Score", "Where the points went"], body, "dash-scores")


def notifications_html(stats: dict[str, Any]) -> str:
    """Unread reminder banners, each with a link to its interview (empty when none)."""
    parts = []
    for n in stats.get("notifications") or []:
        link = _relative(n.get("link"))
        a = f' <a href="{html.escape(link, quote=True)}">Open</a>' if link else ""
        parts.append(f'<div class="dash-banner">{html.escape(n["message"])}{a}</div>')
    return "".join(parts)


def heatmap_html(stats: dict[str, Any], weeks: int = HEATMAP_WEEKS) -> str:
    """A calendar of submissions per day (weeks as columns, Monday on top), as inline SVG.

    Each day is a square whose shade grows with the submissions that day and
    whose tooltip says the count; the whole is labelled for screen readers.
    """
    activity: dict[str, int] = stats.get("activity") or {}
    today = datetime.fromisoformat(stats["generated_at"]).astimezone(_zone(stats)).date()
    first = today - timedelta(days=today.weekday() + 7 * (weeks - 1))
    top = max(activity.values(), default=0)
    shades = ("#ebedf0", "#9be9a8", "#40c463", "#30a14e", "#216e39")
    cell, gap = 12, 3
    rects = []
    total = 0
    day: date = first
    while day <= today:
        count = activity.get(day.isoformat(), 0)
        total += count
        level = 0 if not count else 1 + min(3, (count - 1) * 4 // max(top, 1))
        x = (day - first).days // 7 * (cell + gap)
        y = day.weekday() * (cell + gap)
        label = f"{count} submission{'s' if count != 1 else ''} on {day:%a %d %b %Y}"
        rects.append(
            f'<rect x="{x}" y="{y}" width="{cell}" height="{cell}" rx="2" class="dash-l{level}" '
            f'fill="{shades[level]}" data-date="{day.isoformat()}" data-count="{count}">'
            f"<title>{label}</title></rect>"
        )
        day += timedelta(days=1)
    width, height = weeks * (cell + gap), 7 * (cell + gap)
    summary = f"{total} submission{'s' if total != 1 else ''} in the last {weeks} weeks"
    return (
        f'<figure class="dash-heatmap"><svg role="img" aria-label="{summary}" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">{"".join(rects)}'
        f"</svg><figcaption>{summary}</figcaption></figure>"
    )


STYLE = """<style>
:root { --dash-fg: #1f2328; --dash-bg: #ffffff; --dash-muted: #57606a; --dash-line: #d0d7de;
  --dash-link: #0969da; --dash-ok: #1a7f37; --dash-bad: #cf222e;
  --dash-notice-bg: #fff8c5; --dash-notice-fg: #4d2d00;
  --dash-l0: #ebedf0; --dash-l1: #9be9a8; --dash-l2: #40c463; --dash-l3: #30a14e;
  --dash-l4: #216e39; }
@media (prefers-color-scheme: dark) {
  :root { --dash-fg: #e6edf3; --dash-bg: #0d1117; --dash-muted: #8b949e; --dash-line: #30363d;
    --dash-link: #58a6ff; --dash-ok: #3fb950; --dash-bad: #f85149;
    --dash-notice-bg: #3b2e00; --dash-notice-fg: #f2cc60;
    --dash-l0: #161b22; --dash-l1: #0e4429; --dash-l2: #006d32; --dash-l3: #26a641;
    --dash-l4: #39d353;
    color-scheme: dark;
    --jp-layout-color0: #0d1117; --jp-layout-color1: #0d1117; --jp-layout-color2: #161b22;
    --jp-content-font-color0: #e6edf3; --jp-content-font-color1: #e6edf3;
    --jp-content-font-color2: #8b949e; --jp-ui-font-color1: #e6edf3;
    --jp-content-link-color: #58a6ff; --jp-border-color2: #30363d;
    --jp-cell-editor-background: #161b22; --jp-rendermime-table-row-background: #161b22;
    --jp-rendermime-table-row-hover-background: #1f2630; }
}
body { background: var(--dash-bg); color: var(--dash-fg); }
.jp-RenderedHTMLCommon, .jp-RenderedMarkdown { color: var(--dash-fg); }
.jp-RenderedHTMLCommon a, .dash-nav a { color: var(--dash-link); }
.dash-summary h2{font-size:1.2em}
.dash-summary .dash-stat{display:inline-block;margin:0 1.5em 0.5em 0;text-align:center}
.dash-value{font-size:1.6em;font-weight:600}.dash-label{color:var(--dash-muted)}
.dash-banner{background:var(--dash-notice-bg);color:var(--dash-notice-fg);border-radius:6px;
  padding:.5em;margin:.3em 0}
.dash-banner a{color:inherit;font-weight:600}
.jp-RenderedHTMLCommon table.dash-review td,.jp-RenderedHTMLCommon table.dash-upcoming td,
.jp-RenderedHTMLCommon table.dash-recent td,.jp-RenderedHTMLCommon table.dash-scores td{
  padding:.2em .8em;color:var(--dash-fg);border-color:var(--dash-line);vertical-align:top}
.jp-RenderedHTMLCommon table.dash-scores td,.jp-RenderedHTMLCommon table.dash-scores th{
  text-align:left}
.jp-RenderedHTMLCommon th{color:var(--dash-fg);border-color:var(--dash-line)}
.dash-deductions{margin:0;padding-left:1.1em}.dash-deductions li{margin:0}
.dash-points{font-weight:600;color:var(--dash-bad);font-variant-numeric:tabular-nums}
.dash-note{color:var(--dash-muted)}.dash-score{font-weight:600;font-size:1.1em}
.dash-nav{margin:.3em 0 1em}.dash-nav a{margin-right:.3em}
.dash-heatmap{margin:.5em 0}.dash-heatmap figcaption{color:var(--dash-muted);font-size:.9em}
.dash-heatmap .dash-l0{fill:var(--dash-l0)}.dash-heatmap .dash-l1{fill:var(--dash-l1)}
.dash-heatmap .dash-l2{fill:var(--dash-l2)}.dash-heatmap .dash-l3{fill:var(--dash-l3)}
.dash-heatmap .dash-l4{fill:var(--dash-l4)}
.dash-verdict{font-weight:600}.dash-AC{color:var(--dash-ok)}
img.dash-figure{max-width:100%;height:auto}
</style>"""
"""CSS for the fragments above: light, and dark when the system prefers it (the whole page)."""
