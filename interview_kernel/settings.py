"""Every setting the package reads from the environment, with its default and help.

One list, so that ``interview --help`` and ``interview doctor`` can show them all
and no module invents a variable of its own. Modules read a value with
:func:`get`; this module only reads the environment (no other I/O).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_PATH = "/voila/render/interview.ipynb"
"""The URL path of the practice app (the dashboard is beside it)."""

DASHBOARD_PATH = "/voila/render/dashboard.ipynb"
"""The URL path of the progress dashboard."""

_PACKAGE_ROOT = Path(__file__).resolve().parent.parent


def data_home() -> Path:
    """Where the default database lives, whatever the working directory.

    A source checkout (the package beside ``pyproject.toml``, as ``make run``
    installs it) keeps its data in the checkout's ``memory/`` folder; an
    installed package uses ``$XDG_DATA_HOME/interview-notebooks``
    (``~/.local/share/interview-notebooks``). The CLI, JupyterLab and Voila all
    find the same file, from whichever folder they are started.
    """
    if (_PACKAGE_ROOT / "pyproject.toml").is_file() and (_PACKAGE_ROOT / "memory").is_dir():
        return _PACKAGE_ROOT / "memory"
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "interview-notebooks"


@dataclass(frozen=True)
class Setting:
    """One environment variable: its name, its default (as text) and what it does."""

    name: str
    default: str
    help: str
    secret: bool = False


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "INTERVIEW_DB_URL",
        "",
        "database URL (any SQLAlchemy URL, e.g. postgresql+psycopg://user:pass@host/db);"
        " default: interview.db in the data folder (the checkout's memory/)",
    ),
    Setting("INTERVIEW_DB_TIMEOUT", "15", "seconds a SQLite writer waits for the lock"),
    Setting(
        "INTERVIEW_USER",
        "",
        "who you are when no JupyterHub user is set (default: the OS user)",
    ),
    Setting(
        "INTERVIEW_PROBLEMS",
        "",
        "problem bank folders, ':'-separated (default: ./problems, else the checkout's problems/)",
    ),
    Setting(
        "INTERVIEW_CACHE_DIR",
        "",
        "where big problem files are kept parsed (default ~/.cache/interview-notebooks)",
    ),
    Setting(
        "INTERVIEW_SANDBOX",
        "",
        "'weak' opts into the rlimits-only sandbox (local self-practice only; refused as root)",
    ),
    Setting(
        "INTERVIEW_RUNTIME_DIR",
        "",
        "where sandboxed kernels keep their private runtime folders (default: the temp dir)",
    ),
    Setting(
        "INTERVIEW_APP_URL",
        "http://127.0.0.1:5100",
        "base URL used in reminder links and calendar files",
    ),
    Setting(
        "INTERVIEW_TOKEN",
        "",
        "the token of `interview serve` when --token is not given (empty on loopback: no token;"
        " unset: one is generated and printed)",
        secret=True,
    ),
    Setting(
        "INTERVIEW_TOKENS_FILE",
        "",
        "a JSON file of {token: user} so a small team shares one server, each as themself",
    ),
    Setting(
        "INTERVIEW_SERVICE_URL",
        "",
        "set by `interview serve` for its pages: where their kernels send code to be graded",
    ),
    Setting(
        "INTERVIEW_SERVICE_TOKEN",
        "",
        "set by `interview serve` for its pages: the token their kernels grade with",
        secret=True,
    ),
    Setting(
        "INTERVIEW_GRADING_POOL",
        "",
        "sandboxed kernels shared by one server's pages and API (default: two per core plus two)",
    ),
    Setting(
        "INTERVIEW_GRADING_QUEUE",
        "",
        "runs allowed to wait for a kernel before the server answers busy (default: 16 per kernel)",
    ),
    Setting(
        "INTERVIEW_SMTP_URL",
        "",
        "smtp://user:pass@host:587 (STARTTLS when offered) or smtps://host:465; ?from=addr",
        secret=True,
    ),
    Setting("INTERVIEW_SMTP_FROM", "interview@localhost", "sender when the SMTP URL has no from="),
    Setting(
        "INTERVIEW_INTERVIEWER",
        "",
        "interviewer backend by name: rule or llm (default: llm when INTERVIEW_LLM_BASE_URL"
        " is set, else rule)",
    ),
    Setting(
        "INTERVIEW_LLM_BASE_URL",
        "",
        "an OpenAI-compatible server, e.g. http://127.0.0.1:11434/v1",
    ),
    Setting("INTERVIEW_LLM_MODEL", "", "the model name the server knows"),
    Setting("INTERVIEW_LLM_API_KEY", "", "sent as a bearer token, if the server needs one", True),
    Setting("INTERVIEW_LLM_TIMEOUT", "20", "seconds to connect and for each read"),
)
"""Every ``INTERVIEW_*`` variable the package reads."""

BY_NAME: dict[str, Setting] = {s.name: s for s in SETTINGS}


def get(name: str) -> str:
    """The value of a setting: the environment's if set and not blank, else its default.

    Raises
    ------
    KeyError
        For a name that is not in :data:`SETTINGS` (a typo in the code).
    """
    setting = BY_NAME[name]
    value = os.environ.get(name, "").strip()
    return value or setting.default


def describe() -> str:
    """Every setting, one per line, with its current value (secrets masked), for --help."""
    width = max(len(s.name) for s in SETTINGS)
    lines = []
    for s in SETTINGS:
        value = os.environ.get(s.name, "").strip()
        shown = ("(set)" if s.secret else value) if value else ""
        lines.append(f"  {s.name:<{width}}  {s.help}" + (f" [now: {shown}]" if shown else ""))
    return "\n".join(lines)
