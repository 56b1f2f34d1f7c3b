"""The Testcase panel: the candidate's own inputs, as fields per case or in LeetCode's raw format.

The raw text is the one source of truth: one JSON value per line, one line per
parameter in signature order, cases one after another (class-design problems:
the operations, then the argument lists). Above it, a form shows one field per
parameter for each case, with add, remove and reset; editing a field rewrites
the raw text and editing the raw text redraws the form. Every change is checked
by :func:`interview_kernel.custom.parse_cases`, and its messages are shown beside
the case and parameter they name, before anything runs.
"""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as w

from interview_kernel.custom import CASE_SEPARATOR, MAX_CASES, format_cases, parse_cases
from interview_kernel.errors import CustomInputError


class TestcasePanel(w.VBox):
    """One field per parameter per case (``interview-testcase-field``) over the raw text.

    The raw text is ``interview-testcase-raw``. Add, remove and reset edit the cases; a status line
    (``interview-testcase-status``) names every field that is not valid input. With
    ``defer`` the form waits for :meth:`draw`.
    """

    __test__ = False  # not a pytest class, despite the name

    def __init__(self, problem: Any, defer: bool = False, **kwargs: Any) -> None:
        self.problem = problem
        # A program problem's case is its whole stdin text; cases are split at `---` lines.
        self.program = getattr(problem, "kind", "") == "program"
        self.names = [p.name for p in problem.signature.params]
        self.examples = format_cases(problem, problem.visible_tests)
        params = ", ".join(self.names)
        self._syncing = False
        self.raw = w.Textarea(
            value=self.examples,
            placeholder=f"Standard input; a line {CASE_SEPARATOR} starts the next case"
            if self.program
            else f"One JSON value per line: {params}",
            layout=w.Layout(width="100%", height="7em"),
        )
        self.raw.add_class("interview-testcase-raw")
        self.raw.observe(self._raw_changed, names="value")
        self.cases = w.VBox()
        self.cases.add_class("interview-testcase-cases")
        self.status = w.HTML()
        self.status.add_class("interview-testcase-status")
        self.add_button = w.Button(
            description="Add case", tooltip="A new case, copied from the last one"
        )
        self.add_button.on_click(lambda _b: self.add_case())
        self.reset_button = w.Button(
            description="Reset to examples",
            tooltip="Put the problem's examples back",
            layout=w.Layout(width="auto"),
        )
        self.reset_button.on_click(lambda _b: self.reset())
        legend = w.HTML(
            '<div class="iv-testcase-help"><b>Testcase</b>: your own inputs, one field per '
            f"parameter ({html.escape(params)}) in JSON, or all of them below in the raw "
            "format (one value per line, cases one after another). Run checks the examples "
            "and these; the expected output comes from the model solution.</div>"
            if not self.program
            else '<div class="iv-testcase-help"><b>Testcase</b>: the standard input of your '
            f"own cases, separated by a line <code>{CASE_SEPARATOR}</code>. Run checks the "
            "examples and these; the expected output comes from the model solution.</div>"
        )
        buttons = w.HBox([self.add_button, self.reset_button])
        super().__init__([legend, self.cases, buttons, self.raw, self.status], **kwargs)
        self.add_class("interview-testcases")
        self._drawn = False
        if defer:
            self._check()
        else:
            self.draw()

    def draw(self) -> None:
        """Build the per-field form (once; later edits redraw it themselves).

        ``defer=True`` leaves this to the caller: the form is a hundred widget
        models, and the app builds it after its page is interactive (the raw
        text works meanwhile).
        """
        if not self._drawn:
            self._drawn = True
            self._draw()

    @property
    def value(self) -> str:
        """The raw text as typed."""
        return str(self.raw.value)

    def rows(self) -> list[list[str]]:
        """The cases as lists of field texts (an incomplete last case is padded)."""
        if self.program:
            chunks: list[list[str]] = [[]]
            for ln in self.value.splitlines():
                if ln.strip() == CASE_SEPARATOR:
                    chunks.append([])
                else:
                    chunks[-1].append(ln)
            return [["\n".join(c).strip("\n")] for c in chunks if "".join(c).strip()]
        lines = [ln for ln in self.value.splitlines() if ln.strip()]
        n = max(len(self.names), 1)
        padded = lines + [""] * (-len(lines) % n)
        return [padded[i : i + n] for i in range(0, len(padded), n)]

    def reset(self) -> None:
        """Back to the examples."""
        self.raw.value = self.examples

    def add_case(self) -> None:
        """Append a case, a copy of the last one (or of an empty one)."""
        rows = self.rows()
        if len(rows) >= MAX_CASES:
            self.status.value = f"At most {MAX_CASES} cases run at a time."
            return
        rows.append(list(rows[-1]) if rows else ["" for _ in self.names])
        self._write(rows)

    def remove_case(self, index: int) -> None:
        """Drop case ``index`` (0-based)."""
        rows = self.rows()
        if 0 <= index < len(rows):
            del rows[index]
            self._write(rows)

    def _write(self, rows: list[list[str]]) -> None:
        if self.program:
            self.raw.value = f"\n{CASE_SEPARATOR}\n".join(row[0] for row in rows)
            return
        self.raw.value = "\n".join(v for row in rows for v in row)

    def _raw_changed(self, _change: Any) -> None:
        if not self._syncing:
            if self._drawn:
                self._draw()
            else:
                self._check()

    def _field_changed(self, _change: Any) -> None:
        rows = [
            [str(f.value) for f in box.children[1].children]
            for box in self.cases.children  # type: ignore[attr-defined]
        ]
        self._syncing = True
        try:
            self._write(rows)
        finally:
            self._syncing = False
        self._check()

    def _draw(self) -> None:
        boxes = []
        for k, row in enumerate(self.rows()):
            fields = []
            for name, text in zip(self.names, row, strict=True):
                if self.program:
                    field = w.Textarea(value=text, description=name, placeholder="stdin text")
                else:
                    field = w.Text(value=text, description=name, placeholder="JSON value")
                field.add_class("interview-testcase-field")
                field.observe(self._field_changed, names="value")
                fields.append(field)
            remove = w.Button(
                description="Remove", tooltip=f"Remove case {k + 1}", layout=w.Layout(width="auto")
            )
            remove.on_click(lambda _b, k=k: self.remove_case(k))
            title = w.HTML(f"<b>Case {k + 1}</b>")
            boxes.append(w.VBox([w.HBox([title, remove]), w.VBox(fields)]))
        self.cases.children = boxes
        self._check()

    def _check(self) -> None:
        try:
            parse_cases(self.problem, self.value)
        except CustomInputError as exc:
            items = "".join(
                f"<li>{html.escape(where)}: {html.escape(why)}</li>" for where, why in exc.problems
            )
            self.status.value = f'<ul class="iv-testcase-errors">{items}</ul>'
            return
        n = len(self.rows())
        self.status.value = f"{n} case{'s' if n != 1 else ''} ready." if n else ""
