"""The problem panel: statement, examples, constraints, difficulty and tags, language selector."""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as w
import mistune

from interview_kernel.languages import offered

from .results import _cut, _input_text, notation

_markdown = mistune.create_markdown(escape=False, plugins=["table", "strikethrough"])

LANGUAGE_NAMES = {"python": "Python 3", "javascript": "JavaScript", "cpp": "C++", "java": "Java"}


def render_statement(problem: Any, language: str = "python") -> str:
    """The statement as HTML (authors' Markdown) plus the visible tests as examples.

    The examples are written in ``language``'s notation, as the results are.
    """
    body = str(_markdown(problem.statement or ""))
    examples = list(problem.visible_tests)
    if examples and "Example" not in (problem.statement or ""):
        items = "".join(
            f"<li><code>{html.escape(_cut(_input_text(tc.input, language)))}</code> &rarr; "
            f"<code>{html.escape(_cut(notation(tc.expected, language)))}</code></li>"
            for tc in examples
        )
        body += f"<h4>Examples</h4><ul>{items}</ul>"
    return body


def render_meta(problem: Any, difficulty: bool = True) -> str:
    """Difficulty badge, topic tags, companies and the target complexity.

    ``difficulty=False`` leaves the badge out (timed mode hides it everywhere).
    """
    parts = []
    if difficulty:
        parts.append(
            f'<span class="iv-badge iv-{html.escape(problem.difficulty)}">'
            f"{html.escape(problem.difficulty.title())}</span>"
        )
    parts += [f'<span class="iv-tag">{html.escape(t)}</span>' for t in problem.topics]
    if problem.companies:
        parts.append(f"<small>asked at {html.escape(', '.join(problem.companies))}</small>")
    target = problem.complexity
    if target.time or target.space:
        parts.append(
            f"<small>target: time {html.escape(target.time or '?')}, "
            f"space {html.escape(target.space or '?')}</small>"
        )
    return f'<div class="iv-meta">{" ".join(parts)}</div>'


def render_problem(problem: Any, language: str, show_meta: bool, hide_difficulty: bool) -> str:
    """Title, the difficulty and tags (a disclosure the candidate opens), and the statement."""
    meta = render_meta(problem, difficulty=not hide_difficulty)
    label = "Tags" if hide_difficulty else "Difficulty and tags"
    return (
        f'<h1 class="iv-problem-title">{html.escape(problem.title)}</h1>'
        f'<details class="iv-meta-details"{" open" if show_meta else ""}>'
        f"<summary>{label}</summary>{meta}</details>"
        f'<div class="iv-statement">{render_statement(problem, language)}</div>'
    )


class ProblemView(w.VBox):
    """Title, hideable difficulty and tags, the statement, and the language selector.

    The title, tags and statement are one HTML widget (:attr:`body`); showing
    or hiding the tags is a ``<details>`` in the page, with no kernel round trip.

    Parameters
    ----------
    problem
        An :class:`interview_kernel.Problem`.
    language
        The language initially selected (one of the problem's offered languages).
    show_meta
        Whether difficulty and tags are open at first (closed for realism).
    include_language
        Show the language selector inside this panel; an app may place
        ``self.language`` elsewhere (its toolbar) instead.
    hide_difficulty
        Never show the difficulty (timed mode); the disclosure then holds the tags only.
    """

    def __init__(
        self,
        problem: Any,
        language: str = "python",
        show_meta: bool = True,
        include_language: bool = True,
        hide_difficulty: bool = False,
        **kw: Any,
    ):
        self.problem = problem
        self.hide_difficulty = hide_difficulty
        self.body = w.HTML(render_problem(problem, language, show_meta, hide_difficulty))
        self.body.add_class("iv-problem-body")
        options = [(LANGUAGE_NAMES.get(lang, lang), lang) for lang in offered(problem)]
        self.language = w.Dropdown(
            options=options,
            value=language if language in offered(problem) else offered(problem)[0],
            description="Language",
            description_allow_html=False,
            layout=w.Layout(width="auto"),
            style={"description_width": "initial"},
        )
        self.language.add_class("interview-language")
        super().__init__([self.body] + ([self.language] if include_language else []), **kw)
        self.add_class("interview-problem")
