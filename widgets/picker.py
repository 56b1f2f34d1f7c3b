"""The problem picker, shown when no (or an unknown) problem is asked for, and :func:`launch`.

The picker is one anywidget (``picker.js``): the whole catalogue goes to the
browser once and search, filters and sorting run there, so typing costs no
kernel round trip and the page holds one widget model instead of one per
control. Every problem is a link with its own URL (``?problem=<id>``), so a
reload or a shared link opens the same problem; a plain click swaps the app
into the same page instead (its kernel, grader included, is already warm, where
a new page would wait for Voila to preheat another one) and sets the address.
"""

from __future__ import annotations

import difflib
import html
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import anywidget
import ipywidgets as w
import traitlets as t
import yaml

from .params import in_voila

log = logging.getLogger(__name__)

_HERE = Path(__file__).resolve().parent
MAX_SUGGESTIONS = 3
APP_PAGE, DASHBOARD_PAGE = "interview.ipynb", "dashboard.ipynb"
"""The app's pages, linked relatively: Voila serves them side by side."""


@dataclass(frozen=True)
class ProblemSummary:
    """What the picker lists about a problem (read from ``problem.yaml`` only)."""

    id: str
    title: str
    difficulty: str
    topics: tuple[str, ...] = ()
    companies: tuple[str, ...] = ()
    pattern: str = ""


def catalog() -> list[ProblemSummary]:
    """Every problem's id, title, difficulty, topics and companies, without loading its tests.

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
                companies=tuple(str(c) for c in spec.get("companies") or ()),
                pattern=str(spec.get("pattern") or ""),
            )
        )
    return out


def progress() -> Mapping[str, Any]:
    """The current user's status and each problem's acceptance, or ``{}`` without a store.

    The picker still lists every problem when the store cannot be read; it only
    loses the status icons, so a failure is logged and not shown.
    """
    try:
        from interview_kernel.practice.metrics import problem_progress
        from interview_kernel.store.identity import current_user

        return problem_progress(current_user())
    except Exception:  # noqa: BLE001 - status icons are an extra
        log.exception("reading problem status for the picker failed")
        return {}


def upcoming_mock() -> dict[str, str]:
    """The next mock within a day as the picker announces it (``text``, ``href``), or ``{}``.

    See :func:`widgets._mock.mock_banner` (the app and the dashboard show the same).
    """
    from ._mock import mock_banner

    banner = mock_banner()
    return {"text": banner["text"], "href": banner["href"]} if banner else {}


def problem_href(problem_id: str, keep: Mapping[str, str | None] | None = None) -> str:
    """The app's relative URL for ``problem_id``, keeping ``keep``'s non-empty values."""
    query = {"problem": problem_id, **{k: v for k, v in (keep or {}).items() if v}}
    return "?" + urlencode(query)


def suggestions(wanted: str, problems: list[Any], n: int = MAX_SUGGESTIONS) -> list[Any]:
    """The problems whose id or title is closest to ``wanted`` (a mistyped id), best first."""
    by_key: dict[str, Any] = {}
    for p in problems:
        by_key.setdefault(p.id, p)
        by_key.setdefault(p.title.lower(), p)
    found: list[Any] = []
    for key in difflib.get_close_matches(wanted.lower(), list(by_key), n=n * 2, cutoff=0.5):
        if by_key[key] not in found:
            found.append(by_key[key])
    return found[:n]


class ProblemPicker(anywidget.AnyWidget):
    """The problem list: search, filters, sorting, status and links, rendered in the browser.

    Parameters
    ----------
    problems
        Problems to offer (anything with ``id``, ``title``, ``difficulty``,
        ``topics`` and optionally ``companies``).
    on_pick
        Called with the chosen problem id on a plain click (the page's address
        becomes the problem's in Voila); a new tab follows the link instead.
    message
        Shown above the list (e.g. why the picker appeared).
    status
        Per problem id, an object with ``status`` (``solved``/``attempted``) and
        ``acceptance`` (0-1), as :func:`interview_kernel.practice.metrics.problem_progress`.
    suggested
        Problems to offer as links in the message (for a mistyped id).
    keep
        Query values every problem link carries on (``mode``, ``language``).
    dashboard
        The dashboard's URL for the page's navigation (``""``: no link, e.g. in JupyterLab).
    mock
        The next scheduled mock interview to announce (``text``, ``href`` of its
        start link), as :func:`upcoming_mock`; empty for none.
    """

    _esm = _HERE / "picker.js"
    _css = _HERE / "picker.css"
    problems = t.List(t.Dict()).tag(sync=True)
    message = t.Unicode("").tag(sync=True)
    suggestions = t.List(t.Dict()).tag(sync=True)
    dashboard = t.Unicode("").tag(sync=True)
    mock = t.Dict().tag(sync=True)

    def __init__(
        self,
        problems: list[Any],
        on_pick: Callable[[str], Any],
        message: str = "",
        status: Mapping[str, Any] | None = None,
        suggested: list[Any] | None = None,
        keep: Mapping[str, str | None] | None = None,
        dashboard: str = "",
        mock: Mapping[str, str] | None = None,
        **kwargs: Any,
    ) -> None:
        status = status or {}
        rows = []
        for p in problems:
            mine = status.get(p.id)
            rows.append(
                {
                    "id": p.id,
                    "title": p.title,
                    "difficulty": p.difficulty,
                    "topics": list(p.topics),
                    "companies": list(getattr(p, "companies", ())),
                    "status": getattr(mine, "status", None),
                    "acceptance": getattr(mine, "acceptance", None),
                    "href": problem_href(p.id, keep),
                }
            )
        offered = [
            {"id": p.id, "title": p.title, "href": problem_href(p.id, keep)}
            for p in suggested or ()
        ]
        super().__init__(
            problems=rows,
            message=message,
            suggestions=offered,
            dashboard=dashboard,
            mock=dict(mock or {}),
            **kwargs,
        )
        self.on_pick = on_pick
        self.on_msg(self._on_browser_message)
        self.add_class("interview-picker")

    def _on_browser_message(self, _widget: Any, content: Any, _buffers: Any) -> None:
        """Open the picked problem, or answer why not (the page never waits for nothing)."""
        wanted = content.get("pick") if isinstance(content, dict) else None
        if not isinstance(wanted, str) or not self.pick(wanted):
            self.send({"error": "That problem could not be opened; reload the page to try again."})

    def pick(self, problem_id: str) -> bool:
        """Start ``problem_id`` if the picker offers it; a forged id from the page is refused."""
        if not any(row["id"] == problem_id for row in self.problems):
            return False
        self.on_pick(problem_id)
        return True


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


PAGE_MODULES = (
    "interview_kernel.bank.loader",
    "interview_kernel.languages.registry",
    "interview_kernel.practice.sessions",
    "interview_kernel.practice.metrics",
    "interview_kernel.schedule",
    "interview_kernel.schedule.inbox",
    "interview_kernel.interviewer",
    "widgets.app",
)
"""What a page shows at first paint: the picker or the app, the bank, the store's
queries, the next mock and the interviewer's greeting. Nothing a click needs first
(the grader and its probe, the complexity plot, notes' Markdown, the design and
behavioural modes, Alembic) is among them: those load on that click."""


def open_store() -> None:
    """Open the store, without Alembic when ``interview serve`` has already migrated it.

    The server migrates the store before it starts any page kernel and passes the
    revision it reached in :data:`STORE_HEAD_ENV`; a kernel that reads that revision
    from ``alembic_version`` (plain SQL) takes the store as current. Anything else
    (no server, another revision, an error) opens it the usual way, migrating.
    """
    import os

    from interview_kernel.store import _engine as store

    from .serve import STORE_HEAD_ENV

    head = os.environ.get(STORE_HEAD_ENV, "")
    url = store.database_url()
    if head:
        engine = None
        try:
            engine = store.create_store_engine(url, migrate=False)
            with engine.connect() as conn:
                found = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
            if [row[0] for row in found] == [head]:
                with store._lock:
                    if url not in store._engines:
                        store._engines[url] = engine
                        return
        except Exception:  # noqa: BLE001 - the usual path below says what is wrong
            log.debug("the store is not at the server's revision; migrating", exc_info=True)
        if engine is not None:
            engine.dispose()
    store.get_engine(url)


def preload(grader: bool = True) -> None:
    """Do now what every page shows and no request decides.

    Imports :data:`PAGE_MODULES` and opens the store (:func:`open_store`), and
    (with ``grader``, outside ``interview serve``) starts the sandboxed grader in
    the background for the first app to take. A preheated Voila kernel runs this
    before it waits for its page request, so a page load only pays for the
    problem it asks for. Failures are logged: :func:`launch` meets them again
    and shows them.
    """
    import importlib

    for name in PAGE_MODULES:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - launch() reports what is missing
            log.exception("preload: importing %s failed", name)
    try:
        open_store()
    except Exception:  # noqa: BLE001
        log.exception("preload: opening the store failed")
    if grader:
        from ._grading import prestart

        prestart()


def _language_notice(problem: Any, language: str | None) -> tuple[str | None, str]:
    """The language to open ``problem`` in, and what to tell the candidate when it changed.

    An address asking for a language the problem does not offer opens in the
    app's default instead, and says so rather than switching silently.
    """
    from interview_kernel.languages import offered

    languages = offered(problem)
    if language is None or language in languages:
        return language, ""
    fallback = "python" if "python" in languages else languages[0]
    names = ", ".join(_language_name(x) for x in languages)
    return fallback, (
        f"{_language_name(language)} is not available for this problem (it offers {names}); "
        f"opened in {_language_name(fallback)}."
    )


def _nav() -> w.HTML:
    """Links from the app to the problem list and the dashboard, and the next mock's start."""
    from ._mock import mock_banner

    try:
        banner = mock_banner()
    except Exception:  # noqa: BLE001 - no store: no announcement
        banner = {}
    mock = ""
    if banner:
        mock = (
            f' <span aria-hidden="true">\u00b7</span> <a class="iv-mock-link"'
            f' href="{html.escape(banner["href"])}">{html.escape(banner["text"])}</a>'
        )
    nav = w.HTML(
        f'<nav class="iv-nav" aria-label="Pages"><a href="{APP_PAGE}">All problems</a>'
        f' <span aria-hidden="true">\u00b7</span> <a href="{DASHBOARD_PAGE}">Dashboard</a>'
        f"{mock}</nav>"
    )
    nav.add_class("interview-nav")
    return nav


def _sentence(text: str) -> str:
    """``text`` as a sentence (capitalised, closed by a full stop), ``""`` stays empty."""
    text = text.strip()
    if not text:
        return ""
    return text[0].upper() + text[1:] + ("" if text.endswith((".", "?", "!")) else ".")


def _language_name(language: str) -> str:
    return {"cpp": "C++", "javascript": "JavaScript"}.get(language, language.title())


def _mock(schedule_id: int) -> tuple[dict[str, Any] | None, str]:
    """The scheduled interview ``schedule_id`` if it can be started or resumed now, else why not."""
    try:
        from interview_kernel.schedule import START_EARLY, get_interview
        from interview_kernel.store.identity import current_user

        iv = get_interview(schedule_id, current_user())
    except Exception:  # noqa: BLE001 - the candidate gets a sentence, the operator the log
        log.exception("reading scheduled interview %s failed", schedule_id)
        return None, "Your mock interview could not be opened; try again in a moment."
    if iv is None:
        return None, "There is no such mock interview."
    if iv["status"] == "in_progress" and iv["session_id"]:
        return iv, ""
    if iv["status"] != "scheduled":
        return None, f"This mock interview is {iv['status'].replace('_', ' ')}."
    if not iv["can_start"]:
        when = datetime.fromisoformat(iv["scheduled_time"])
        return None, (
            f"Your mock interview is on {when:%A %d %B at %H:%M}; its link works from "
            f"{START_EARLY.seconds // 60} minutes before. Practise meanwhile:"
        )
    return iv, ""


def _mock_problem(iv: dict[str, Any], problems: list[Any], status: Mapping[str, Any]) -> str:
    """The problem of a mock: its session's after a reload, else one of its difficulty.

    Within a study plan, the mock keeps to that week's patterns. Unsolved problems
    come first; the choice is fixed by the interview's id, so two tabs of one mock agree.
    """
    if iv.get("session_id"):
        from interview_kernel.practice.sessions import get_session

        problem_id = get_session(iv["session_id"]).problem_id
        if problem_id:
            return str(problem_id)
    wanted = iv.get("difficulty")
    pool = [p for p in problems if not wanted or p.difficulty == wanted] or problems
    from interview_kernel.practice.plans import mock_patterns
    from interview_kernel.store import current_user

    try:
        patterns = set(mock_patterns(int(iv["id"]), current_user()))
    except Exception:  # noqa: BLE001 - no plan to read: any problem of the difficulty
        log.exception("reading the study plan of mock %s failed", iv.get("id"))
        patterns = set()
    pool = [p for p in pool if getattr(p, "pattern", "") in patterns] or pool
    fresh = [p for p in pool if getattr(status.get(p.id), "status", None) != "solved"] or pool
    return str(fresh[int(iv["id"]) % len(fresh)].id)


def launch(
    problem: str | None = None,
    language: str | None = None,
    mode: str | None = None,
    notice: str = "",
    record: bool = True,
    schedule: int | None = None,
    **app_kwargs: Any,
) -> w.Box:
    """The practice app for ``problem``, or the picker when it is missing or unknown.

    Returns a container whose content swaps from the picker to the app once a
    problem is chosen; ``app_kwargs`` go to :class:`~widgets.InterviewApp`.
    With ``record`` the session is kept in the store (``INTERVIEW_DB_URL``).
    ``schedule`` starts (or, after a reload, resumes) that scheduled mock
    interview: timed, on its own session, with a problem of its difficulty
    unless ``problem`` names one. Without it no scheduled interview is touched,
    and a timed session (``mode="interview"``) never takes over a practice one.
    """
    if mode in ("design", "behavioral"):  # their own apps: widgets.design_app, behavioral_app
        from .modes import launch_mode

        return launch_mode(mode, notice=notice, record=record, **app_kwargs)
    from interview_kernel.bank.loader import load_problem
    from interview_kernel.errors import InterviewError, UnknownProblemError

    from ._session import SessionRecorder, next_interview_ms
    from .app import InterviewApp

    box = w.VBox()
    box.add_class("interview-root")
    keep = {"language": language, "mode": mode if mode and mode != "practice" else None}
    mock: dict[str, Any] | None = None
    if schedule is not None:
        mock, why = _mock(schedule)
        if mock is None:
            notice = " ".join(m for m in (_sentence(notice), why) if m)
        else:
            mode = "interview"

    def show_app(problem_id: str) -> None:
        try:
            loaded = load_problem(problem_id)
        except UnknownProblemError:
            show_picker(f"There is no problem called \u201c{problem_id}\u201d.", problem_id)
            return
        except InterviewError as exc:
            show_picker(str(exc))
            return
        except Exception:  # noqa: BLE001 - a broken bank must not show a traceback
            log.exception("loading problem %s failed", problem_id)
            show_picker(f"Problem \u201c{problem_id}\u201d could not be loaded.")
            return
        chosen, language_notice = _language_notice(loaded, language)
        kwargs = dict(app_kwargs)
        banners: list[w.Widget] = []
        if mock is not None:
            kwargs.setdefault("minutes", mock["duration_minutes"])
        if record:
            recorder = SessionRecorder(
                loaded,
                minutes=kwargs.get("minutes") or loaded.estimated_minutes,
                timed=mode == "interview",
                schedule_id=mock["id"] if mock is not None else None,
            )
            kwargs.setdefault("recorder", recorder)
            kwargs.setdefault("next_interview_ms", 0.0 if mock else next_interview_ms())
            banners = _banners()
        app = InterviewApp(loaded, language=chosen, mode=mode or "practice", **kwargs)
        notes = [n for n in (_sentence(notice), language_notice) if n]
        if notes:
            text = html.escape(" ".join(notes))
            banners.insert(0, w.HTML(f'<div class="iv-notice" role="status">{text}</div>'))
        if in_voila():
            banners.insert(0, _nav())
        box.children = [*banners, app]

    def show_picker(message: str, wanted: str = "") -> None:
        message = " ".join(m for m in (_sentence(notice), message) if m)
        try:
            problems = catalog()
        except Exception as exc:  # noqa: BLE001
            log.exception("listing problems failed")
            box.children = [
                w.HTML(f'<div class="iv-notice">No problems: {html.escape(str(exc))}</div>')
            ]
            return
        box.children = [
            ProblemPicker(
                problems,
                show_app,
                message=message,
                status=progress() if record else None,
                suggested=suggestions(wanted, problems) if wanted else None,
                keep=keep,
                dashboard=DASHBOARD_PAGE if in_voila() else "",
                mock=upcoming_mock() if record else None,
            )
        ]

    if mock is not None and not problem:
        try:
            problem = _mock_problem(mock, catalog(), progress())
        except Exception:  # noqa: BLE001 - the picker below says what went wrong
            log.exception("choosing the problem of mock interview %s failed", mock["id"])
    if problem:
        show_app(problem)
    else:
        show_picker("")
    return box
