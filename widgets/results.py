"""The results panel: the verdict summary and one row per test.

Hidden tests show only their verdict and time. Everything that came from the
candidate's program (output, stdout, errors, compiler messages) is HTML-escaped.
"""

from __future__ import annotations

import html
import json
from typing import Any

import ipywidgets as w

MAX_CELL_CHARS = 2_000


def _short(value: Any) -> str:
    """A value as compact text for a table cell, cut to a readable length."""
    if isinstance(value, str):
        text = value
    else:
        try:
            text = json.dumps(value, ensure_ascii=False, default=repr)
        except (TypeError, ValueError):
            text = repr(value)
    if len(text) > MAX_CELL_CHARS:
        text = text[:MAX_CELL_CHARS] + f" ... ({len(text) - MAX_CELL_CHARS} more characters)"
    return text


def _cell(value: Any) -> str:
    if value is None or value == "":
        return "<td></td>"
    return f"<td><pre>{html.escape(_short(value))}</pre></td>"


def _input_text(value: Any) -> Any:
    if isinstance(value, dict):
        return ", ".join(f"{k} = {_short(v)}" for k, v in value.items())
    return value


def _verdict_code(verdict: Any) -> str:
    return str(getattr(verdict, "value", verdict))


def _verdict_label(verdict: Any) -> str:
    return str(getattr(verdict, "label", verdict))


def badge(verdict: Any) -> str:
    """An HTML verdict badge (``<span class="iv-badge iv-WA">Wrong Answer</span>``)."""
    code = html.escape(_verdict_code(verdict))
    return f'<span class="iv-badge iv-{code}">{html.escape(_verdict_label(verdict))}</span>'


def render_result(result: Any) -> str:
    """HTML for a :class:`~interview_kernel.GradeResult`: summary, compile output, test table."""
    verdict = result.verdict
    passed, total = result.passed, result.total
    parts = [
        f'<div class="iv-summary" data-verdict="{html.escape(_verdict_code(verdict))}">'
        f'{badge(verdict)} <span class="iv-count">{passed}/{total} passed</span>'
        f' <span class="iv-time">{float(getattr(result, "time_ms", 0.0)):.0f} ms</span></div>'
    ]
    message = getattr(result, "message", "")
    if message:
        parts.append(f'<div class="iv-error">{html.escape(str(message))}</div>')
    compile_output = getattr(result, "compile_output", "")
    if compile_output:
        parts.append(
            '<div class="iv-compile"><b>Compiler output</b>'
            f"<pre>{html.escape(_short(compile_output))}</pre></div>"
        )
    tests = list(result.tests)
    first_visible_failure = next(
        (i for i, tr in enumerate(tests) if not tr.hidden and _verdict_code(tr.verdict) != "AC"),
        None,
    )
    if tests:
        rows = [
            "<table><thead><tr><th>Test</th><th>Verdict</th><th>Time</th><th>Input</th>"
            "<th>Expected</th><th>Output</th><th>Stdout / error</th></tr></thead><tbody>"
        ]
        for i, tr in enumerate(tests):
            css = ' class="iv-first-failure"' if i == first_visible_failure else ""
            name = html.escape(str(tr.name)) + (" (hidden)" if tr.hidden else "")
            row = (
                f"<tr{css}><td>{name}</td><td>{badge(tr.verdict)}</td>"
                f"<td>{float(tr.time_ms):.1f} ms</td>"
            )
            if tr.hidden:
                row += '<td colspan="4" class="iv-hidden">hidden test</td>'
            else:
                extra = "\n".join(x for x in (tr.stdout, tr.error) if x)
                row += (
                    _cell(_input_text(tr.input))
                    + _cell(tr.expected)
                    + _cell(tr.output)
                    + _cell(extra)
                )
            rows.append(row + "</tr>")
        rows.append("</tbody></table>")
        parts.append("".join(rows))
    return "".join(parts)


class ResultsView(w.HTML):
    """The per-test table and summary; also shows progress and friendly errors."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(
            '<div class="iv-idle">Run the tests to see results here (Ctrl/Cmd+Enter).</div>',
            **kwargs,
        )
        self.add_class("interview-results")

    def show(self, result: Any) -> None:
        """Display a grading result."""
        self.value = render_result(result)

    def show_running(self, what: str = "Running tests") -> None:
        """Display progress while the grader works."""
        self.value = f'<div class="iv-running">{html.escape(what)}...</div>'

    def show_error(self, message: str) -> None:
        """Display a friendly error (never a traceback)."""
        self.value = (
            '<div class="iv-summary" data-verdict="error"><span class="iv-badge iv-IE">'
            f'Error</span></div><div class="iv-error">{html.escape(message)}</div>'
        )
