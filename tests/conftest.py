import os
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).resolve().parent.parent


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
