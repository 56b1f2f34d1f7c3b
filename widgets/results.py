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
IDLE_HTML = '<div class="iv-idle">Run the tests to see results here (Ctrl/Cmd+Enter).</div>'


def notation(value: Any, language: str = "python") -> str:
    """A value written as the selected language writes it: quoted strings, True/true, None/null.

    Strings are always quoted (an empty string must not read as nothing), and
    Python shows ``True``/``None`` as its statement does, the other languages
    ``true``/``null``. Lists and maps keep JSON's brackets, which all four read.
    """
    python = language == "python"
    if value is None:
        return "None" if python else "null"
    if isinstance(value, bool):
        return ("True" if value else "False") if python else ("true" if value else "false")
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(notation(v, language) for v in value) + "]"
    if isinstance(value, dict):
        items = (f"{notation(k, language)}: {notation(v, language)}" for k, v in value.items())
        return "{" + ", ".join(items) + "}"
    return str(value)


def _cut(text: str) -> str:
    if len(text) > MAX_CELL_CHARS:
        return text[:MAX_CELL_CHARS] + f" ... ({len(text) - MAX_CELL_CHARS} more characters)"
    return text


def _field(label: str, text: str) -> str:
    if not text:
        return ""
    return f"<div><b>{html.escape(label)}</b><pre>{html.escape(_cut(text))}</pre></div>"


def _input_text(value: Any, language: str) -> str:
    if isinstance(value, dict):
        return "\n".join(f"{k} = {notation(v, language)}" for k, v in value.items())
    return notation(value, language)


def _verdict_code(verdict: Any) -> str:
    return str(getattr(verdict, "value", verdict))


def _verdict_label(verdict: Any) -> str:
    return str(getattr(verdict, "label", verdict))


def badge(verdict: Any) -> str:
    """An HTML verdict badge (``<span class="iv-badge iv-WA">Wrong Answer</span>``)."""
    code = html.escape(_verdict_code(verdict))
    return f'<span class="iv-badge iv-{code}">{html.escape(_verdict_label(verdict))}</span>'


def render_result(result: Any, language: str | None = None) -> str:
    """HTML for a :class:`~interview_kernel.GradeResult`: summary, source errors, one row per test.

    The summary line comes first, then anything about the source (a message, the
    compiler's output once, in monospace: a build that failed has no test rows),
    then the tests: the first failing visible one open, the rest collapsed.
    Values are in ``language``'s notation (default: the result's language).
    """
    language = language or str(getattr(result, "language", "python"))
    verdict = result.verdict
    stopped = bool(getattr(result, "stopped", False))
    code = "stopped" if stopped else _verdict_code(verdict)
    shown = '<span class="iv-badge iv-NR">Stopped</span>' if stopped else badge(verdict)
    passed, total = result.passed, result.total
    parts = [
        f'<div class="iv-summary" data-verdict="{html.escape(code)}">'
        f'{shown} <span class="iv-count">{passed}/{total} passed</span>'
        f' <span class="iv-time">{float(getattr(result, "time_ms", 0.0)):.0f} ms</span></div>'
    ]
    message = getattr(result, "message", "")
    if message:
        parts.append(f'<div class="iv-error">{html.escape(str(message))}</div>')
    compile_output = str(getattr(result, "compile_output", "") or "")
    if compile_output:
        parts.append(
            '<div class="iv-compile"><b>Compiler output</b>'
            f'<pre class="iv-mono">{html.escape(_cut(compile_output))}</pre></div>'
        )
    if code == "CE":
        return "".join(parts)  # no test ran: one message, not one per test
    tests = list(result.tests)
    first_visible_failure = next(
        (i for i, tr in enumerate(tests) if not tr.hidden and _verdict_code(tr.verdict) != "AC"),
        None,
    )
    rows = ['<div class="iv-result-rows">']
    for i, tr in enumerate(tests):
        name = html.escape(str(tr.name))
        vcode = html.escape(_verdict_code(tr.verdict))
        head = (
            f"<summary>{name}{' (hidden)' if tr.hidden else ''} {badge(tr.verdict)}"
            f' <span class="iv-time">{float(tr.time_ms):.1f} ms</span></summary>'
        )
        if tr.hidden:
            body = '<div class="iv-hidden">hidden test</div>'
        else:
            body = (
                _field("Input", _input_text(tr.input, language))
                + _field("Expected", notation(tr.expected, language))
                + _field("Output", "" if tr.output is None else notation(tr.output, language))
                + _field("Stdout", str(tr.stdout or ""))
                + _field("Error", str(tr.error or ""))
            )
        first = i == first_visible_failure
        rows.append(
            f'<details class="interview-result-row{" iv-first-failure" if first else ""}"'
            f' data-name="{name}" data-verdict="{vcode}"{" open" if first else ""}>'
            f"{head}{body}</details>"
        )
    rows.append("</div>")
    parts.append("".join(rows))
    return "".join(parts)


def result_from_dict(data: dict[str, Any]) -> Any:
    """A :class:`~interview_kernel.GradeResult` rebuilt from its stored ``to_dict`` form.

    Used to show a session's last result again after a reload; anything the
    store did not keep (hidden tests' values never are) stays empty.
    """
    from interview_kernel.result import GradeResult, TestResult, Verdict

    def verdict(code: Any) -> Verdict:
        try:
            return Verdict(str(code))
        except ValueError:
            return Verdict.IE

    tests = [
        TestResult(
            name=str(t.get("name", "")),
            hidden=bool(t.get("hidden")),
            verdict=verdict(t.get("verdict")),
            time_ms=float(t.get("time_ms") or 0.0),
            input=t.get("input"),
            expected=t.get("expected"),
            output=t.get("output"),
            stdout=str(t.get("stdout") or ""),
            error=str(t.get("error") or ""),
        )
        for t in data.get("tests") or ()
        if isinstance(t, dict)
    ]
    return GradeResult(
        problem=str(data.get("problem", "")),
        language=str(data.get("language", "python")),
        verdict=verdict(data.get("verdict")),
        tests=tests,
        time_ms=float(data.get("time_ms") or 0.0),
        compile_output=str(data.get("compile_output") or ""),
        message=str(data.get("message") or ""),
        stopped=bool(data.get("stopped")),
    )


class ResultsView(w.HTML):
    """The per-test table and summary; also shows progress and friendly errors."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(IDLE_HTML, **kwargs)
        self.add_class("interview-results")

    def show(self, result: Any, language: str | None = None, note: str = "") -> None:
        """Display a grading result, values in ``language``'s notation (``note`` above it)."""
        head = f'<div class="iv-result-note">{html.escape(note)}</div>' if note else ""
        self.value = head + render_result(result, language)

    def clear(self) -> None:
        """Back to the empty panel (a new session)."""
        self.value = IDLE_HTML

    def show_running(self, what: str = "Running tests") -> None:
        """Display progress while the grader works."""
        self.value = f'<div class="iv-running">{html.escape(what)}...</div>'

    def show_error(self, message: str) -> None:
        """Display a friendly error (never a traceback), at the top of the panel."""
        self.value = (
            '<div class="iv-summary" data-verdict="error"><span class="iv-badge iv-IE">'
            f'Error</span></div><div class="iv-error">{html.escape(message)}</div>'
        )
