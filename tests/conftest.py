import os
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).resolve().parent.parent
_PRIVATE_PG: list[str] = []


def _pg_admin(url: str, statement: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(statement))
    finally:
        engine.dispose()


def pytest_configure(config: pytest.Config) -> None:
    """Give this run a PostgreSQL database of its own (two runs on one server never collide).

    ``INTERVIEW_TEST_PG_URL`` names the server and a database to connect to; the run
    creates ``<that>_<pid>`` beside it, points the variable at it, and drops it at the
    end. Without the right to create databases, the given one is used as it is.
    """
    url = os.environ.get("INTERVIEW_TEST_PG_URL", "")
    if not url.startswith("postgresql"):
        return
    from sqlalchemy.engine import make_url

    given = make_url(url)
    private = given.set(database=f"{given.database}_{os.getpid()}")
    try:
        _pg_admin(url, f'DROP DATABASE IF EXISTS "{private.database}" WITH (FORCE)')
        _pg_admin(url, f'CREATE DATABASE "{private.database}"')
    except Exception as exc:  # noqa: BLE001 - the shared database still works, alone
        print(f"using the shared test database ({exc.__class__.__name__})", file=sys.stderr)
        return
    os.environ["INTERVIEW_TEST_PG_URL"] = private.render_as_string(hide_password=False)
    _PRIVATE_PG[:] = [url, str(private.database)]


def pytest_unconfigure(config: pytest.Config) -> None:
    if _PRIVATE_PG:
        url, name = _PRIVATE_PG
        os.environ["INTERVIEW_TEST_PG_URL"] = url
        _pg_admin(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def grader():
    from interview_kernel import Grader

    with Grader() as g:
        yield g


@pytest.fixture(scope="session")
def add_two():
    from interview_kernel import load_problem

    return load_problem(str(DATA / "problems" / "add-two"))


@pytest.fixture(scope="session")
def two_sum():
    from interview_kernel import load_problem

    return load_problem(str(ROOT / "problems" / "two-sum"))


@pytest.fixture
def sandbox_pids():
    return sandbox_processes


def sandbox_processes() -> list[int]:
    """Pids of this test process's sandboxes (running as the sandbox user).

    Only ours: other test runs on the machine have sandboxes too. Every process
    of a sandbox carries its runtime folder in its command line, and the folder
    is named after its owner (``sandbox.bwrap.make_rundir``).
    """
    from interview_kernel.sandbox.bwrap import RUNDIR_PREFIX, _owner_tag, sandbox_ids

    uid, _ = sandbox_ids()
    tag = f"{RUNDIR_PREFIX}{_owner_tag()}-".encode()
    pids = []
    for p in os.listdir("/proc"):
        if p.isdigit():
            try:
                if os.stat(f"/proc/{p}").st_uid != uid or uid == os.getuid():
                    continue
                with open(f"/proc/{p}/cmdline", "rb") as f:
                    if tag in f.read():
                        pids.append(int(p))
            except OSError:
                pass
    return pids


def _wipe_pg(url: str) -> None:
    from sqlalchemy import text

    from interview_kernel.store import create_store_engine

    eng = create_store_engine(url, migrate=False)
    with eng.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    eng.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """A fresh store URL: a SQLite file, and this run's PostgreSQL database emptied."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    url = os.environ.get("INTERVIEW_TEST_PG_URL")  # read late: pytest_configure sets it
    if not url:
        pytest.skip("INTERVIEW_TEST_PG_URL is not set")
    _wipe_pg(url)
    yield url
    _wipe_pg(url)


@pytest.fixture
def engine(db_url):
    """The migrated store at :func:`db_url` (modules with other needs define their own)."""
    from interview_kernel.store import create_store_engine

    eng = create_store_engine(db_url)
    yield eng
    eng.dispose()
