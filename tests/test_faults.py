"""Fault injection (issue 21): kill -9 at seeded moments, and a store that fails under us.

Each kill test starts one of our entry points (``interview run``, ``interview
serve``, a Voila kernel, ``interview grade``) in a child process with a private
runtime base folder (``INTERVIEW_RUNTIME_DIR``) and a private SQLite store, kills
it with SIGKILL at a seeded moment, then checks:

- nothing of ours is left running: every process we started carries the base
  folder's path in its environment (Python processes, Voila and papermill
  kernels inherit it) or its command line (bwrap, the sandboxed kernel, its
  fork-server and workers: the connection file lives under it), so only this
  test's processes are counted, whatever else runs on the machine;
- no runtime folder is left that the next Grader start would not sweep;
- the store opens, migrates and passes ``PRAGMA integrity_check``;
- whatever was reported to the user before the kill is stored;
- a killed batch finished with ``--resume`` gives the summary of an uninterrupted one.

The store tests make SQLite locked, read-only and full, and restart PostgreSQL
(with ``INTERVIEW_TEST_PG_URL`` and ``pg_ctlcluster``): every command must say
in one line what went wrong and what to do, without a traceback, and never
claim a result it did not keep.
"""

from __future__ import annotations

import csv
import json
import os
import random
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from interview_kernel.sandbox import bwrap as sandbox

pytestmark = pytest.mark.faults

ROOT = Path(__file__).resolve().parent.parent
GONE_WITHIN = 4.0
"""Seconds for everything of a killed owner to end: the sandbox follows its lifeline at
once, an ipykernel (Voila, papermill) polls for its parent once a second."""

AC_SOURCE = (ROOT / "problems" / "two-sum" / "reference" / "solution.py").read_text()
WA_SOURCE = "def two_sum(nums, target):\n    return [0, 1]\n"
TLE_SOURCE = "def two_sum(nums, target):\n    while True:\n        pass\n"
CE_SOURCE = "def two_sum(nums, target)\n"
RE_SOURCE = "def two_sum(nums, target):\n    raise ValueError('no')\n"


# --------------------------------------------------------------------------- helpers


@dataclass
class Scene:
    """One test's private world: runtime base, store, scratch folder, child environment."""

    base: str
    work: Path
    db: Path

    @property
    def url(self) -> str:
        return f"sqlite:///{self.db}"

    def env(self, **extra: str) -> dict[str, str]:
        env = {
            **os.environ,
            "INTERVIEW_RUNTIME_DIR": self.base,
            "INTERVIEW_DB_URL": self.url,
            "INTERVIEW_USER": "faults",
            "INTERVIEW_INTERVIEWER": "rule",
            "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
        }
        env.pop("JUPYTERHUB_USER", None)
        env.update(extra)
        return env

    def start(self, *args: str, **popen: object) -> subprocess.Popen[str]:
        kw: dict = {
            "stdout": subprocess.PIPE,
            "stderr": subprocess.PIPE,
            "stdin": subprocess.DEVNULL,
            "text": True,
            "cwd": ROOT,
            "env": self.env(),
        }
        kw.update(popen)
        return subprocess.Popen([sys.executable, "-m", "interview_kernel.cli", *args], **kw)

    def cli(self, *args: str, timeout: float = 120, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "interview_kernel.cli", *args],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=self.env(**env),
            timeout=timeout,
        )


@pytest.fixture
def scene() -> Iterator[Scene]:
    base = tempfile.mkdtemp(prefix="ikfault-", dir="/tmp")
    os.chmod(base, 0o755)  # the sandbox user must traverse it
    work = Path(tempfile.mkdtemp(prefix="ikfault-work-"))
    s = Scene(base=base, work=work, db=work / "store.db")
    try:
        yield s
    finally:
        for pid, _ in ours(base):  # never leave anything to the rest of the suite
            _kill(pid)
        shutil.rmtree(base, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def ours(tag: str) -> list[tuple[int, str]]:
    """Live processes whose command line or environment names ``tag`` (not this one)."""
    found = []
    needle = tag.encode()
    for p in os.listdir("/proc"):
        if not p.isdigit() or int(p) == os.getpid():
            continue
        try:
            cmd = Path(f"/proc/{p}/cmdline").read_bytes()
            if not cmd:  # a zombie or kernel thread
                continue
            hit = needle in cmd
            if not hit:
                hit = needle in Path(f"/proc/{p}/environ").read_bytes()
        except OSError:
            continue
        if hit:
            found.append((int(p), cmd.replace(b"\0", b" ").decode(errors="replace")[:160]))
    return found


def descendants(root: int) -> set[int]:
    """Every live descendant of ``root`` (from /proc's parent links)."""
    children: dict[int, list[int]] = {}
    for p in os.listdir("/proc"):
        if not p.isdigit():
            continue
        try:
            stat = Path(f"/proc/{p}/stat").read_bytes()
        except OSError:
            continue
        ppid = int(stat.rsplit(b")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(p))
    out: set[int] = set()
    todo = [root]
    while todo:
        for c in children.get(todo.pop(), []):
            if c not in out:
                out.add(c)
                todo.append(c)
    return out


def alive(pids: set[int]) -> set[int]:
    left = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_bytes().rsplit(b")", 1)[1].split()[0]
        except OSError:
            continue
        if state != b"Z":
            left.add(pid)
    return left


def wait_gone(tag: str, what: str, within: float = GONE_WITHIN) -> None:
    """Assert that every process of ours ends within ``within`` seconds."""
    deadline = time.monotonic() + within
    while ours(tag) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = ours(tag)
    for pid, _ in left:
        _kill(pid)
    assert left == [], f"still running {within:g} s after {what}: {left}"


def assert_no_stale_rundirs(base: str) -> None:
    """Every runtime folder left behind belongs to a dead owner, so a Grader start sweeps it."""
    sandbox.sweep_stale_rundirs(base)
    assert os.listdir(base) == [], "runtime folders the next Grader start would not sweep"


def store_ok(scene: Scene) -> int:
    """Check the store file is sound and opens; returns its number of code submissions."""
    if not scene.db.exists():
        return 0
    con = sqlite3.connect(scene.db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    from interview_kernel.store import create_store_engine

    engine = create_store_engine(scene.url)  # opens, recovers the WAL, migrates
    try:
        with engine.connect() as c:
            from sqlalchemy import text

            return int(c.execute(text("SELECT count(*) FROM code_submissions")).scalar_one())
    finally:
        engine.dispose()


def killed(proc: subprocess.Popen[str]) -> tuple[str, str]:
    proc.kill()
    out, err = proc.communicate(timeout=30)
    return out, err


def wait_for_sandbox(tag: str, timeout: float = 90) -> None:
    """Wait until a sandboxed kernel (its command line names a connection file) runs."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any("connection.json" in cmd for _, cmd in ours(tag)):
            return
        time.sleep(0.01)
    raise AssertionError("no sandbox was ever started")


def one_line_error(err: str, *words: str) -> str:
    """The stderr of a failed command: no traceback, and the line naming ``words``."""
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if all(w in line for w in words)]
    assert lines, f"no line naming {words} in: {err!r}"
    return lines[0]


# --------------------------------------------------------------------------- (a) interview run


@pytest.mark.slow
@pytest.mark.parametrize(
    ("seed", "moment"),
    [(1, "start"), (2, "start"), (3, "sandbox"), (4, "sandbox"), (5, "sandbox")],
)
def test_run_killed_leaves_nothing(scene, seed, moment):
    """``interview run`` killed at a random moment, or just after it spawned its sandbox."""
    sol = scene.work / "sol.py"
    sol.write_text(AC_SOURCE)
    rng = random.Random(seed)
    proc = scene.start("run", "two-sum", str(sol), "--json")
    if moment == "sandbox":
        wait_for_sandbox(scene.base)
        time.sleep(rng.uniform(0.0, 0.8))
    else:
        time.sleep(rng.uniform(0.0, 2.5))
    out, _ = killed(proc)
    wait_gone(scene.base, f"interview run was killed ({moment}, seed {seed})")
    assert_no_stale_rundirs(scene.base)
    stored = store_ok(scene)
    if out.strip():  # the verdict reached the user: it must be stored
        assert json.loads(out)["verdict"] == "AC"
        assert stored == 1


@pytest.mark.slow
def test_run_killed_right_after_reporting_has_stored_it(scene):
    sol = scene.work / "sol.py"
    sol.write_text(WA_SOURCE)
    proc = scene.start("run", "two-sum", str(sol), "--json")
    assert proc.stdout is not None
    line = proc.stdout.readline()  # the instant the verdict is shown
    proc.kill()
    proc.communicate(timeout=30)
    assert json.loads(line)["verdict"] == "WA"
    wait_gone(scene.base, "interview run was killed after reporting")
    assert_no_stale_rundirs(scene.base)
    assert store_ok(scene) == 1


# --------------------------------------------------------------------------- (b, c) interview serve


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


TOKEN = "fault-test-token"


def serve(scene: Scene, *extra: str) -> tuple[subprocess.Popen[str], int]:
    port = free_port()
    log = open(scene.work / "serve.log", "w")  # noqa: SIM115 - closed with the scene
    proc = scene.start(
        "serve", "--port", str(port), "--token", TOKEN, *extra, stdout=log, stderr=subprocess.STDOUT
    )
    return proc, port


def app_served(page: str) -> bool:
    """Whether a Voila page holds the app (its text repr starts with the app's navigation)."""
    return "iv-nav" in page


def get_page(port: int, timeout: float = 120) -> str:
    url = f"http://127.0.0.1:{port}/voila/render/interview.ipynb?problem=two-sum&token={TOKEN}"
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=timeout) as r:
                return str(r.read().decode())
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def grade_through_server(port: int) -> str:
    """One Run through the server's grading service (what a page's Run does); the verdict."""
    req = urllib.request.Request(
        f"http://127.0.0.1:{port}/interview/api/grade",
        data=json.dumps({"problem": "two-sum", "code": AC_SOURCE, "language": "python"}).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"token {TOKEN}"},
        method="POST",
    )
    with urllib.request.urlopen(req, timeout=120) as r:
        return str(json.loads(r.read())["verdict"])


def voila_kernels(serve_pid: int) -> list[int]:
    """The page kernels (``widgets.page_kernel``) Voila started, below the server, unboxed."""
    found = []
    boxed = sandboxes_of(serve_pid)
    for pid in descendants(serve_pid):
        if pid in boxed:
            continue
        try:
            cmd = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue
        if b"widgets.page_kernel" in cmd:
            found.append(pid)
    return found


def sandboxes_of(pid: int) -> set[int]:
    """Sandbox processes (bwrap and what runs in it) below ``pid``."""
    out = set()
    for d in descendants(pid):
        try:
            cmd = Path(f"/proc/{d}/cmdline").read_bytes()
        except OSError:
            continue
        if b"connection.json" in cmd or b"bwrap" in cmd or b"ikrt" in cmd:
            out.add(d)
    return out


@pytest.mark.slow
@pytest.mark.parametrize("seed", [21, 22])
def test_serve_killed_while_starting_leaves_nothing(scene, seed):
    proc, _ = serve(scene)
    time.sleep(random.Random(seed).uniform(0.5, 4.0))
    killed(proc)
    wait_gone(scene.base, f"interview serve was killed while starting (seed {seed})")
    assert_no_stale_rundirs(scene.base)
    store_ok(scene)


@pytest.mark.slow
def test_serve_killed_after_serving_a_page_leaves_no_kernel(scene):
    proc, port = serve(scene)
    assert app_served(get_page(port))
    assert grade_through_server(port) == "AC"  # the shared service's sandboxes are up
    kernels = voila_kernels(proc.pid)
    boxes = sandboxes_of(proc.pid)
    assert kernels and boxes
    killed(proc)
    wait_gone(scene.base, "interview serve was killed after serving a page")
    assert alive(set(kernels) | boxes) == set()
    assert_no_stale_rundirs(scene.base)
    store_ok(scene)


@pytest.mark.slow
def test_a_page_kernel_killed_leaves_the_server_and_its_grader_serving(scene):
    proc, port = serve(scene, "--no-preheat")
    try:
        assert app_served(get_page(port))
        assert grade_through_server(port) == "AC"
        kernels = voila_kernels(proc.pid)
        assert kernels and not any(sandboxes_of(k) for k in kernels)  # pages own no sandbox
        os.kill(kernels[0], signal.SIGKILL)
        deadline = time.monotonic() + 5.0
        while alive({kernels[0]}) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert proc.poll() is None, "the server died with a page's kernel"
        assert app_served(get_page(port))  # it still serves pages
        assert grade_through_server(port) == "AC"  # and grades
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
    wait_gone(scene.base, "interview serve was stopped")
    assert_no_stale_rundirs(scene.base)
    store_ok(scene)


# --------------------------------------------------------------------------- (d) interview grade


COHORT = {
    "alice.py": AC_SOURCE,
    "bob.py": WA_SOURCE,
    "dave.py": TLE_SOURCE,
    "erin.py": CE_SOURCE,
    "frank.py": RE_SOURCE,
    "grace.py": AC_SOURCE.replace("seen", "index"),
}
VOLATILE = ("time_ms", "file")
"""Columns that differ between two runs of the same batch (timing; the cohort's path)."""


def make_cohort(where: Path) -> Path:
    subs = where / "submissions"
    subs.mkdir(parents=True)
    for name, source in COHORT.items():
        (subs / name).write_text(source)
    return subs


def summary(out: Path) -> list[dict[str, str]]:
    with (out / "summary.csv").open(newline="", encoding="utf-8") as f:
        return [{k: v for k, v in row.items() if k not in VOLATILE} for row in csv.DictReader(f)]


def grade(scene: Scene, subs: Path, out: Path, *extra: str) -> subprocess.Popen[str]:
    return scene.start(
        "grade", str(subs), "--problem", "two-sum", "--out", str(out), "-j", "2",
        "--no-progress", *extra,
    )  # fmt: skip


@pytest.fixture(scope="module")
def uninterrupted() -> Iterator[list[dict[str, str]]]:
    base = tempfile.mkdtemp(prefix="ikfault-", dir="/tmp")
    os.chmod(base, 0o755)
    work = Path(tempfile.mkdtemp(prefix="ikfault-work-"))
    s = Scene(base=base, work=work, db=work / "store.db")
    try:
        subs = make_cohort(work)
        proc = grade(s, subs, work / "out")
        out, err = proc.communicate(timeout=240)
        assert proc.returncode == 0, err
        rows = summary(work / "out")
        assert [r["verdict"] for r in rows] == ["AC", "WA", "TLE", "CE", "RE", "AC"]
        yield rows
    finally:
        shutil.rmtree(base, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)


def _progress(out: Path) -> dict:
    try:
        return dict(json.loads((out / "progress.json").read_text()))
    except (OSError, ValueError):
        return {}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("seed", "moment"), [(31, "graded-one"), (32, "report"), (33, "random")]
)  # fmt: skip
def test_grade_killed_then_resumed_gives_the_same_summary(scene, uninterrupted, seed, moment):
    subs = make_cohort(scene.work)
    out = scene.work / "out"
    proc = grade(scene, subs, out)
    deadline = time.monotonic() + 180
    rng = random.Random(seed)
    if moment == "graded-one":  # mid-run: some results written, some not
        while _progress(out).get("done", 0) < 1:
            assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
            time.sleep(0.02)
        time.sleep(rng.uniform(0.0, 0.3))
    elif moment == "report":  # every result in, the report notebook rendering
        while not (out / "summary.csv").exists():
            assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
            time.sleep(0.02)
        time.sleep(rng.uniform(0.0, 0.5))
    else:
        time.sleep(rng.uniform(1.0, 10.0))
    reported = _progress(out).get("done", 0)
    killed(proc)
    wait_gone(scene.base, f"interview grade was killed ({moment}, seed {seed})")
    assert_no_stale_rundirs(scene.base)
    # every submission the progress showed as done is in the store
    assert store_ok(scene) >= reported - 1  # erin's CE is stored too; ERR rows never are
    resumed = grade(scene, subs, out, "--resume")
    _, err = resumed.communicate(timeout=240)
    assert resumed.returncode == 0, err
    assert summary(out) == uninterrupted
    wait_gone(scene.base, "the resumed batch ended")
    store_ok(scene)


# --------------------------------------------------------------------------- store faults


@pytest.fixture
def migrated(scene) -> Scene:
    """The scene with its store created and migrated (as after a first run)."""
    from interview_kernel.store import create_store_engine

    create_store_engine(scene.url).dispose()
    return scene


def count_submissions(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        return int(con.execute("SELECT count(*) FROM code_submissions").fetchone()[0])
    finally:
        con.close()


@pytest.mark.slow
def test_locked_store_run_prints_the_verdict_and_says_it_was_not_saved(migrated):
    scene = migrated
    sol = scene.work / "sol.py"
    sol.write_text(AC_SOURCE)
    holder = sqlite3.connect(scene.db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        r = scene.cli("run", "two-sum", str(sol), "--json", INTERVIEW_DB_TIMEOUT="0.5")
        assert r.returncode == 0, r.stderr  # the verdict's exit code: AC
        assert json.loads(r.stdout)["verdict"] == "AC"
        line = one_line_error(r.stderr, "not saved", "locked")
        assert "INTERVIEW_DB_TIMEOUT" in line
        s = scene.cli("stats", INTERVIEW_DB_TIMEOUT="0.5")
        if s.returncode != 0:  # a reader may get through WAL; a writer must say what to do
            assert s.returncode == 2
            one_line_error(s.stderr, "locked", "INTERVIEW_DB_TIMEOUT")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert count_submissions(scene.db) == 0  # nothing claimed, nothing half-written
    assert store_ok(scene) == 0


@pytest.fixture
def tmpfs(scene) -> Iterator[Path]:
    """A small tmpfs mounted for this test (root only)."""
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root")
    point = scene.work / "mnt"
    point.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(point)], capture_output=True
    )
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.decode().strip()}")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


def fill(folder: Path) -> None:
    try:
        with (folder / "filler").open("wb") as f:
            while True:
                f.write(b"\0" * 4096)
                f.flush()
    except OSError:
        pass
    assert shutil.disk_usage(folder).free < 4096


@pytest.mark.slow
def test_read_only_store_run_and_stats_say_what_to_do(scene, tmpfs):
    from interview_kernel.store import create_store_engine

    db = tmpfs / "store.db"
    create_store_engine(f"sqlite:///{db}").dispose()
    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)
    sol = scene.work / "sol.py"
    sol.write_text(WA_SOURCE)
    url = f"sqlite:///{db}"
    r = scene.cli("run", "two-sum", str(sol), INTERVIEW_DB_URL=url)
    assert r.returncode == 1, r.stderr  # WA
    assert "Wrong Answer" in r.stdout
    one_line_error(r.stderr, "not saved", "writable")
    s = scene.cli("stats", INTERVIEW_DB_URL=url)
    assert s.returncode == 2
    one_line_error(s.stderr, "interview: error:", "writable")
    fresh = scene.cli("stats", INTERVIEW_DB_URL=f"sqlite:///{tmpfs}/sub/new.db")
    assert fresh.returncode == 2
    one_line_error(fresh.stderr, "interview: error:", "writable")


@pytest.mark.slow
def test_full_disk_store_and_output_say_what_to_do(scene, tmpfs):
    from interview_kernel.store import create_store_engine

    db = tmpfs / "store.db"
    url = f"sqlite:///{db}"
    create_store_engine(url).dispose()
    fill(tmpfs)
    sol = scene.work / "sol.py"
    sol.write_text(AC_SOURCE)
    r = scene.cli("run", "two-sum", str(sol), "--json", INTERVIEW_DB_URL=url)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["verdict"] == "AC"
    one_line_error(r.stderr, "not saved", "free space")
    s = scene.cli("stats", INTERVIEW_DB_URL=f"sqlite:///{tmpfs}/new.db")
    assert s.returncode == 2
    one_line_error(s.stderr, "interview: error:", "free space")
    # a batch whose output folder is on the full disk
    subs = scene.work / "subs"
    subs.mkdir()
    (subs / "alice.py").write_text(AC_SOURCE)
    g = scene.cli(
        "grade", str(subs), "--problem", "two-sum", "--out", str(tmpfs / "out"), "--no-progress"
    )
    assert g.returncode == 2, g.stderr
    one_line_error(g.stderr, "interview grade: error:", "free space")
    (tmpfs / "filler").unlink()  # the store is sound once there is room again
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT count(*) FROM code_submissions").fetchone()[0] == 0
    con.close()


PG_URL = os.environ.get("INTERVIEW_TEST_PG_URL", "")


def _pg_cluster() -> tuple[str, str] | None:
    if not PG_URL or not shutil.which("pg_ctlcluster") or not shutil.which("pg_lsclusters"):
        return None
    listed = subprocess.run(["pg_lsclusters", "-h"], capture_output=True, text=True)
    first = listed.stdout.split()
    return (first[0], first[1]) if len(first) >= 2 else None


@pytest.mark.postgres
@pytest.mark.slow
def test_postgres_restarted_mid_session(scene):
    cluster = _pg_cluster()
    if cluster is None:
        pytest.skip("needs INTERVIEW_TEST_PG_URL and pg_ctlcluster (see .ci/run)")
    from sqlalchemy import text

    from interview_kernel.store import StoreError, create_store_engine, transaction

    def ctl(action: str) -> None:
        subprocess.run(["pg_ctlcluster", *cluster, action], check=True, timeout=120)

    def up() -> None:
        for _ in range(60):
            if subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1"]).returncode == 0:
                return
            time.sleep(0.5)

    engine = create_store_engine(PG_URL)
    try:
        with transaction(engine) as db:
            assert db.execute(text("SELECT 1")).scalar_one() == 1
        ctl("stop")
        try:
            with pytest.raises(StoreError, match="server is running"):
                with transaction(engine) as db:
                    db.execute(text("SELECT 1"))
            r = scene.cli("stats", INTERVIEW_DB_URL=PG_URL)
            assert r.returncode == 2
            one_line_error(r.stderr, "interview: error:", "server is running")
        finally:
            ctl("start")
            up()
        with transaction(engine) as db:  # the pool reconnects after the restart
            assert db.execute(text("SELECT 1")).scalar_one() == 1
        ctl("restart")
        up()
        with transaction(engine) as db:
            assert db.execute(text("SELECT 1")).scalar_one() == 1
    finally:
        engine.dispose()


# --------------------------------------------------------------------------- .ci/host-health


def test_host_health_lists_a_leftover_runtime_folder(scene):
    """The CI check fails and names a runtime folder left behind (other findings may be
    another run's live sandboxes on a shared machine, so only ours is asserted)."""
    left = Path(scene.base) / "ik-0-1-1-leftover"
    left.mkdir()
    r = subprocess.run(
        [sys.executable, str(ROOT / ".ci" / "host-health"), "--grace", "0.3"],
        capture_output=True,
        text=True,
        env={**os.environ, "INTERVIEW_RUNTIME_DIR": scene.base},
        timeout=60,
    )
    assert r.returncode == 1
    assert str(left) in r.stderr
    left.rmdir()
