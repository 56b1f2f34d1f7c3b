"""Engines, transactions and migrations: the store's I/O layer.

``INTERVIEW_DB_URL`` selects any SQLAlchemy URL; the default is
``interview.db`` in :func:`~interview_kernel.settings.data_home` (the checkout's
``memory/``), the same file whichever folder a process starts in. SQLite
runs in WAL mode with a busy timeout, and every transaction starts with
``BEGIN IMMEDIATE`` so two writers queue instead of failing half-way (several
Voila kernels write to one file). The schema is migrated to the newest
revision the first time a process opens a URL.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from .. import settings
from ..errors import InterviewError

log = logging.getLogger(__name__)


def default_url() -> str:
    """Where the store lives unless ``INTERVIEW_DB_URL`` says otherwise."""
    return f"sqlite:///{settings.data_home() / 'interview.db'}"


DEFAULT_BUSY_TIMEOUT_S = 15.0
"""How long a writer waits for a locked SQLite database unless ``INTERVIEW_DB_TIMEOUT`` says."""


def busy_timeout() -> float:
    """Seconds a SQLite writer waits for the lock (``INTERVIEW_DB_TIMEOUT``, default 15)."""
    raw = settings.get("INTERVIEW_DB_TIMEOUT")
    try:
        return max(float(raw), 0.0) if raw else DEFAULT_BUSY_TIMEOUT_S
    except ValueError as exc:
        raise StoreError(f"INTERVIEW_DB_TIMEOUT={raw!r} is not a number of seconds") from exc


MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

_engines: dict[str, Engine] = {}
_timeouts: weakref.WeakKeyDictionary[Engine, float] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


class StoreError(InterviewError):
    """The database cannot be used; the message says what to do."""


class DatabaseLockedError(StoreError):
    """Another process held the database longer than the busy timeout."""

    def __init__(self, url: str, timeout: float):
        self.url = url
        self.timeout = timeout
        super().__init__(
            f"database {url} is locked: another process kept it busy for more than"
            f" {timeout:g} s; close the other writer (a stuck kernel or `sqlite3` shell)"
            " or raise INTERVIEW_DB_TIMEOUT"
        )


class DatabaseCorruptError(StoreError):
    """The file is not a database or is damaged."""

    def __init__(self, url: str, detail: str):
        self.url = url
        super().__init__(
            f"database {url} is unreadable ({detail}); move the file aside to start afresh,"
            " or point INTERVIEW_DB_URL at a good copy"
        )


def database_url(url: str | None = None) -> str:
    """The URL to use: the argument, else ``INTERVIEW_DB_URL``, else the default.

    A relative SQLite path is resolved against the current working directory
    (and its folder created), so the file does not move when the cwd changes later.
    """
    raw = url or settings.get("INTERVIEW_DB_URL") or default_url()
    parsed = make_url(raw)
    if parsed.get_backend_name() == "sqlite":
        db = parsed.database
        if db and db != ":memory:" and not db.startswith("file:"):
            path = Path(db)
            if not path.is_absolute():
                path = Path.cwd() / path
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(
                    f"cannot create the folder for database {path}: {exc.strerror or exc};"
                    " point INTERVIEW_DB_URL somewhere writable"
                ) from exc
            raw = parsed.set(database=str(path)).render_as_string(hide_password=False)
    return raw


def _sqlite_hooks(engine: Engine, timeout: float) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def create_store_engine(url: str | None = None, *, migrate: bool = True) -> Engine:
    """A new engine for ``url`` (see :func:`database_url`), migrated to head.

    Parameters
    ----------
    url
        Any SQLAlchemy URL; ``None`` reads ``INTERVIEW_DB_URL``.
    migrate
        Apply pending Alembic migrations before returning.

    Raises
    ------
    DatabaseLockedError, DatabaseCorruptError
        When the database cannot be opened or migrated.
    """
    resolved = database_url(url)
    backend = make_url(resolved).get_backend_name()
    kwargs: dict[str, Any] = {"future": True}
    timeout = busy_timeout()
    if backend == "sqlite":
        kwargs["connect_args"] = {"timeout": timeout, "check_same_thread": False}
    else:
        kwargs["pool_pre_ping"] = True
    engine = create_engine(resolved, **kwargs)
    _timeouts[engine] = timeout
    if backend == "sqlite":
        _sqlite_hooks(engine, timeout)
    if migrate:
        upgrade(engine)
    return engine


def get_engine(url: str | None = None) -> Engine:
    """The process-wide engine for ``url``, created and migrated on first use."""
    resolved = database_url(url)
    with _lock:
        engine = _engines.get(resolved)
        if engine is None:
            engine = create_store_engine(resolved)
            _engines[resolved] = engine
        return engine


def dispose_engines() -> None:
    """Close every cached engine (tests, and before forking worker processes)."""
    with _lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()


class DatabaseUnavailableError(StoreError):
    """The database server cannot be reached or refuses us."""

    def __init__(self, url: str, detail: str):
        self.url = url
        super().__init__(
            f"cannot open database {url}: {detail.strip().splitlines()[-1] if detail else ''};"
            " check INTERVIEW_DB_URL (host, port, user, password, database) and that the"
            " server is running"
        )


class DatabaseFullError(StoreError):
    """The disk holding the SQLite database (or its journal) is full or failing."""

    def __init__(self, url: str, detail: str):
        self.url = url
        super().__init__(
            f"cannot write database {url}: {detail} (is the disk full?); free space on its"
            " file system, or point INTERVIEW_DB_URL at a database elsewhere"
        )


class DatabaseReadOnlyError(StoreError):
    """The SQLite file, or the folder that must hold its journal, cannot be written."""

    def __init__(self, url: str, detail: str):
        self.url = url
        super().__init__(
            f"cannot write database {url}: {detail}; SQLite needs write access to the file"
            " and to its folder (for the -wal and -shm files): make both writable (is the"
            " file system mounted read-only?) or point INTERVIEW_DB_URL somewhere writable"
        )


def _translate(engine: Engine, exc: Exception) -> Exception:
    detail = str(getattr(exc, "orig", exc)).strip()
    msg = detail.lower()
    url = engine.url.render_as_string(hide_password=True)
    sqlite = engine.dialect.name == "sqlite"
    if "database is locked" in msg or "database table is locked" in msg:
        return DatabaseLockedError(url, _timeouts.get(engine, 0.0))
    if "not a database" in msg or "malformed" in msg or "disk image" in msg:
        return DatabaseCorruptError(url, detail)
    if sqlite and ("disk is full" in msg or "disk i/o error" in msg):
        return DatabaseFullError(url, detail)
    if sqlite and ("readonly database" in msg or "unable to open database" in msg):
        return DatabaseReadOnlyError(url, detail)
    if isinstance(exc, OperationalError) and (
        "unable to open database" in msg
        or "connection" in msg
        or "authentication failed" in msg
        or "does not exist" in msg
    ):
        return DatabaseUnavailableError(url, detail)
    return exc


@contextmanager
def guarded(engine: Engine) -> Iterator[None]:
    """Turn driver errors in the block into :class:`StoreError` subclasses that say what to do."""
    try:
        yield
    except (OperationalError, DatabaseError) as exc:
        translated = _translate(engine, exc)
        if translated is exc:
            raise
        raise translated from exc


@contextmanager
def transaction(engine: Engine | None = None) -> Iterator[Session]:
    """An ORM session in one transaction: committed on success, rolled back on error.

    Nothing is half-written: either every change in the block lands or none.
    SQLite lock timeouts and damaged files become :class:`StoreError` subclasses.
    """
    engine = engine or get_engine()
    factory = sessionmaker(engine, expire_on_commit=False)
    with guarded(engine), factory.begin() as session:
        yield session


def alembic_config(engine: Engine) -> Any:
    """An Alembic ``Config`` pointing at the migrations shipped in the package."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    # The option is ConfigParser text: a "%" (a percent-encoded password) must be doubled.
    url = engine.url.render_as_string(hide_password=False)
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply migrations up to ``revision`` inside one locked transaction.

    Concurrent first starts are safe: SQLite's ``BEGIN IMMEDIATE`` and a
    PostgreSQL advisory lock make the second process wait, then find the
    schema current.
    """
    from alembic import command

    cfg = alembic_config(engine)
    with guarded(engine), engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(7311942)"))
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def downgrade(engine: Engine, revision: str) -> None:
    """Revert migrations down to ``revision`` (``base`` drops every table)."""
    from alembic import command

    cfg = alembic_config(engine)
    with guarded(engine), engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (``None`` before the first migration)."""
    from alembic.runtime.migration import MigrationContext

    with guarded(engine), engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str:
    """The newest revision shipped with this version of the package."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    return head or ""
