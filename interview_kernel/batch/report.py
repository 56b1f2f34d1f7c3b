"""HTML fragments of the batch report and the per-candidate feedback notebooks.

Everything a candidate wrote (name, code, output, error text) is escaped: the
report is opened in a browser by people who did not write it. Hidden tests
appear by verdict only, since the results they come from carry nothing else.
"""

from __future__ import annotations

import html
import json
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import nbformat

from ..problem import Problem

_COLORS = {"AC": "#1a7f37", "NR": "#6e7781", "ERR": "#6e7781"}


def _esc(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, default=str)
    if len(text) > 400:
        text = text[:397] + "..."
    return html.escape(text)


def badge(verdict: str) -> str:
    """A coloured verdict badge."""
    color = _COLORS.get(verdict, "#cf222e")
    return (
        f'<span style="background:{color};color:white;padding:1px 6px;'
        f'border-radius:3px;font-family:monospace">{html.escape(verdict)}</span>'
    )


def _measured(report: Any) -> str:
    if isinstance(report, dict):
        return str(report.get("message") or report.get("best") or "unknown")
    return str(report)


def candidate_section(
    row: Mapping[str, Any],
    result: Mapping[str, Any] | None,
    source: str | None,
    problem: Problem | None,
) -> str:
    """One candidate's section: verdict and score, visible test details, hidden verdicts, code.

    Parameters
    ----------
    row
        The summary row.
    result
        The contract result dict (``GradeResult.to_dict()``), or ``None`` when not graded.
    source
        The graded source.
    problem
        The problem, for its target complexity.
    """
    who, what = html.escape(str(row["candidate"])), html.escape(str(row["problem"]))
    parts = [f"<h2>{who} &mdash; {what}</h2>"]
    score = "not scored" if row.get("score") is None else f"{row['score']}/100"
    parts.append(
        f"<p>{badge(str(row['verdict']))} {html.escape(str(row.get('label', '')))} &middot; "
        f"{row['passed']}/{row['total']} tests &middot; score <b>{score}</b> &middot; "
        f"{html.escape(str(row.get('language', '')))} &middot; "
        f"<code>{html.escape(str(row['file']))}</code></p>"
    )
    if row.get("deductions"):
        items = "".join(f"<li>{html.escape(d)}</li>" for d in str(row["deductions"]).split("; "))
        parts.append(f"<ul>{items}</ul>")
    if row.get("error"):
        parts.append(f"<p><b>Note:</b> {_esc(row['error'])}</p>")
    if problem is not None and (problem.complexity.time or problem.complexity.space):
        parts.append(
            f"<p>Target complexity: time {html.escape(problem.complexity.time or '?')}, "
            f"space {html.escape(problem.complexity.space or '?')}"
            + (
                f"; measured: {html.escape(_measured(result['complexity']))}"
                if result and result.get("complexity")
                else "; measured: not probed (interview grade --complexity)"
            )
            + "</p>"
        )
    if result:
        tests = result.get("tests", [])
        visible = [t for t in tests if not t.get("hidden")]
        hidden = [t for t in tests if t.get("hidden")]
        if visible:
            head = "<tr><th>test</th><th>verdict</th><th>ms</th><th>input</th><th>expected</th>"
            head += "<th>output</th><th>error / stdout</th></tr>"
            body = "".join(
                f"<tr><td>{_esc(t['name'])}</td><td>{badge(t['verdict'])}</td>"
                f"<td>{t.get('time_ms', 0):.1f}</td><td><code>{_esc(t.get('input'))}</code></td>"
                f"<td><code>{_esc(t.get('expected'))}</code></td>"
                f"<td><code>{_esc(t.get('output'))}</code></td>"
                f"<td>{_esc(t.get('error') or t.get('stdout') or '')}</td></tr>"
                for t in visible
            )
            parts.append(f"<h4>Visible tests</h4><table>{head}{body}</table>")
        if hidden:
            mix = Counter(t["verdict"] for t in hidden)
            counts = ", ".join(f"{badge(v)} &times; {n}" for v, n in sorted(mix.items()))
            parts.append(f"<h4>Hidden tests ({len(hidden)})</h4><p>{counts}</p>")
        if result.get("compile_output"):
            parts.append(f"<h4>Compiler output</h4><pre>{_esc(result['compile_output'])}</pre>")
    if source:
        parts.append(f"<h4>Code</h4><pre><code>{html.escape(source)}</code></pre>")
    return "\n".join(parts)


def write_feedback(
    path: str | Path,
    row: Mapping[str, Any],
    result: Mapping[str, Any] | None,
    source: str | None,
    problem: Problem | None,
) -> Path:
    """Write one candidate's feedback notebook (not executed: it holds results, not code to run).

    The candidate's code is kept as a raw cell so opening the notebook runs nothing.
    """
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nb.metadata["language_info"] = {"name": "python"}
    title = f"# Feedback: {row['candidate']}, {row['problem']}\n\n"
    score = "not scored" if row.get("score") is None else f"**{row['score']}/100**"
    summary = (
        f"Verdict: **{row.get('label', row['verdict'])}** ({row['verdict']}), "
        f"{row['passed']}/{row['total']} tests passed, score {score}.\n"
    )
    if row.get("deductions"):
        summary += "\n" + "\n".join(f"- {d}" for d in str(row["deductions"]).split("; ")) + "\n"
    if row.get("error"):
        summary += f"\nNote: {row['error']}\n"
    nb.cells.append(nbformat.v4.new_markdown_cell(title + summary))
    if result:
        lines = ["| test | verdict | ms | detail |", "|---|---|---|---|"]
        for t in result.get("tests", []):
            detail = "hidden test" if t.get("hidden") else (t.get("error") or "")
            detail = str(detail).replace("|", "\\|").replace("\n", " ")[:200]
            lines.append(f"| {t['name']} | {t['verdict']} | {t.get('time_ms', 0):.1f} | {detail} |")
        nb.cells.append(nbformat.v4.new_markdown_cell("## Tests\n\n" + "\n".join(lines)))
    if problem is not None and problem.complexity.time:
        nb.cells.append(
            nbformat.v4.new_markdown_cell(f"Target time complexity: {problem.complexity.time}.")
        )
    if source:
        nb.cells.append(nbformat.v4.new_markdown_cell("## Your code"))
        nb.cells.append(nbformat.v4.new_raw_cell(source))
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, str(out))
    return out
