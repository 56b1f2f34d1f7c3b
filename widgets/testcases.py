"""The Testcase panel: the candidate's own inputs in LeetCode's raw format.

One JSON value per line, one line per parameter in signature order, cases one
after another (class-design problems: the operations, then the argument lists).
It starts with the visible examples, so the format explains itself; Run grades
the examples plus whatever is here, each checked by
:func:`interview_kernel.custom.parse_cases` before anything runs.
"""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as w

from interview_kernel.custom import format_cases


class TestcasePanel(w.VBox):
    """A textarea (``interview-testcase-raw``), a reset button and the format's legend."""

    __test__ = False  # not a pytest class, despite the name

    def __init__(self, problem: Any, **kwargs: Any) -> None:
        self.problem = problem
        self.examples = format_cases(problem, problem.visible_tests)
        params = ", ".join(p.name for p in problem.signature.params)
        self.raw = w.Textarea(
            value=self.examples,
            placeholder=f"One JSON value per line: {params}",
            layout=w.Layout(width="100%", height="7em"),
        )
        self.raw.add_class("interview-testcase-raw")
        self.reset_button = w.Button(
            description="Reset to examples",
            tooltip="Put the problem's examples back",
            layout=w.Layout(width="auto"),
        )
        self.reset_button.on_click(lambda _b: self.reset())
        legend = w.HTML(
            '<div class="iv-testcase-help"><b>Testcase</b>: one JSON value per line '
            f"({html.escape(params)}), cases one after another. Run checks the examples "
            "and these; the expected output comes from the model solution.</div>"
        )
        super().__init__([legend, self.raw, self.reset_button], **kwargs)
        self.add_class("interview-testcases")

    @property
    def value(self) -> str:
        """The raw text as typed."""
        return str(self.raw.value)

    def reset(self) -> None:
        """Back to the examples."""
        self.raw.value = self.examples
