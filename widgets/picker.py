"""The problem picker, shown when no (or an unknown) problem is asked for, and :func:`launch`."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import ipywidgets as w
import yaml

from ._style import stylesheet

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ProblemSummary:
    """What the picker lists about a problem (read from ``problem.yaml`` only)."""

    id: str
    title: str
    difficulty: str
    topics: tuple[str, ...] = ()


def catalog() -> list[ProblemSummary]:
    """Every problem's id, title, difficulty and topics, without loading its tests.

    Loading whole problems parses every ``tests.yaml`` (seconds for a large bank);
    the picker only needs the headline of each.
    """
    from interview_kernel.bank.loader import find_problem_dir, problem_ids

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    out = []
    for pid in problem_ids():
        try:
            text = (find_problem_dir(pid) / "problem.yaml").read_text(encoding="utf-8")
            spec = yaml.load(text, Loader=loader) or {}  # CSafeLoader or SafeLoader
        except (OSError, yaml.YAMLError) as exc:
            log.warning("skipping problem %s in the picker: %s", pid, exc)
            continue
        if not isinstance(spec, dict):
            continue
        out.append(
            ProblemSummary(
                id=pid,
                title=str(spec.get("title", pid)),
                difficulty=str(spec.get("difficulty", "")),
                topics=tuple(str(t) for t in spec.get("topics") or ()),
            )
        )
    return out


class ProblemPicker(w.VBox):
    """A list of problems with links (Voila) and a chooser with a Start button (Lab).

    Parameters
    ----------
    problems
        Problems to offer (anything with ``id``, ``title``, ``difficulty``, ``topics``).
    on_pick
        Called with the chosen problem id.
    message
        Shown above the list (e.g. why the picker appeared).
    """

    def __init__(
        self,
        problems: list[Any],
        on_pick: Callable[[str], Any],
        message: str = "",
        **kwargs: Any,
    ) -> None:
        self.on_pick = on_pick
        self.message = w.HTML(
            f'<div class="iv-notice">{html.escape(message)}</div>' if message else ""
        )
        links = "".join(
            f'<li><a href="?problem={html.escape(p.id)}">{html.escape(p.title)}</a> '
            f'<span class="iv-badge iv-{html.escape(p.difficulty)}">{html.escape(p.difficulty)}'
            f"</span> <small>{html.escape(', '.join(p.topics))}</small></li>"
            for p in problems
        )
        self.listing = w.HTML(f"<h2>Pick a problem</h2><ul>{links}</ul>")
        self.choice = w.Dropdown(
            options=[(f"{p.title} ({p.difficulty})", p.id) for p in problems],
            description="Problem",
        )
        self.start = w.Button(description="Start", button_style="primary")
        self.start.on_click(lambda _b: self.pick())
        super().__init__(
            [stylesheet(), self.message, self.listing, w.HBox([self.choice, self.start])], **kwargs
        )
        self.add_class("interview-picker")

    def pick(self, problem_id: str | None = None) -> None:
        """Start the chosen problem."""
        chosen = problem_id or self.choice.value
        if chosen:
            self.on_pick(chosen)


def _banners() -> list[w.Widget]:
    """Unread reminder banners with a Dismiss button (empty when there are none)."""
    from ._session import dismiss_banners, reminder_banners

    items = reminder_banners()
    if not items:
        return []
    text = "".join(f"<div>{html.escape(str(b.get('message', '')))}</div>" for b in items)
    note = w.HTML(f'<div class="iv-notice">{text}</div>')
    button = w.Button(description="Dismiss")
    row = w.HBox([note, button])
    row.add_class("interview-reminders")

    def dismiss(_b: Any) -> None:
        dismiss_banners([int(b["id"]) for b in items if "id" in b])
        row.layout.display = "none"

    button.on_click(dismiss)
    return [row]


def preload(grader: bool = True) -> None:
    """Do now what every app needs and no request decides.

    Imports the library, the store (opening it runs its migrations), the
    scheduler and the interviewer, and (with ``grader``) starts the sandboxed
    grader in the background for the first app to take. A preheated Voila
    kernel runs this before it waits for its page request, so a page load only
    pays for the problem it asks for. Failures are logged: :func:`launch`
    meets them again and shows them.
    """
    import importlib

    for name in (
        "interview_kernel",
        "interview_kernel.bank.loader",
        "interview_kernel.languages.registry",
        "interview_kernel.grading.probe",
        "interview_kernel.practice.sessions",
        "interview_kernel.schedule",
        "interview_kernel.schedule.inbox",
        "interview_kernel.interviewer",
        "widgets.app",
    ):
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - launch() reports what is missing
            log.exception("preload: importing %s failed", name)
    try:
        from interview_kernel.store import get_engine

        get_engine()
    except Exception:  # noqa: BLE001
        log.exception("preload: opening the store failed")
    if grader:
        from ._grading import prestart

        prestart()


def launch(
    problem: str | None = None,
    language: str | None = None,
    mode: str | None = None,
    notice: str = "",
    record: bool = True,
    **app_kwargs: Any,
) -> w.Box:
    """The practice app for ``problem``, or the picker when it is missing or unknown.

    Returns a container whose content swaps from the picker to the app once a
    problem is chosen; ``app_kwargs`` go to :class:`~widgets.InterviewApp`.
    With ``record`` the session is kept in the store (``INTERVIEW_DB_URL``).
    """
    from interview_kernel.bank.loader import load_problem
    from interview_kernel.errors import InterviewError

    from ._session import SessionRecorder, next_interview_ms
    from .app import InterviewApp

    box = w.VBox()
    box.add_class("interview-root")

    def show_app(problem_id: str, why: str = "") -> None:
        try:
            loaded = load_problem(problem_id)
        except InterviewError as exc:
            show_picker(str(exc))
            return
        except Exception:  # noqa: BLE001 - a broken bank must not show a traceback
            log.exception("loading problem %s failed", problem_id)
            show_picker(f"Problem {problem_id!r} could not be loaded.")
            return
        kwargs = dict(app_kwargs)
        banners: list[w.Widget] = []
        if record:
            kwargs.setdefault("recorder", SessionRecorder(loaded, minutes=loaded.estimated_minutes))
            kwargs.setdefault("next_interview_ms", next_interview_ms())
            banners = _banners()
        app = InterviewApp(loaded, language=language, mode=mode or "practice", **kwargs)
        box.children = [*banners, app]

    def show_picker(message: str) -> None:
        try:
            problems = catalog()
        except Exception as exc:  # noqa: BLE001
            log.exception("listing problems failed")
            box.children = [
                w.HTML(f'<div class="iv-notice">No problems: {html.escape(str(exc))}</div>')
            ]
            return
        box.children = [ProblemPicker(problems, show_app, message=message)]

    if problem:
        show_app(problem)
    else:
        show_picker(notice)
    if notice and box.children and not isinstance(box.children[0], ProblemPicker):
        box.children = [
            w.HTML(f'<div class="iv-notice">{html.escape(notice)}</div>'),
            *box.children,
        ]
    return box
