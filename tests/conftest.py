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
    """Pids of processes running as the sandbox user (nobody when we are root)."""
    from interview_kernel.sandbox.bwrap import sandbox_ids

    uid, _ = sandbox_ids()
    pids = []
    for p in os.listdir("/proc"):
        if p.isdigit():
            try:
                if os.stat(f"/proc/{p}").st_uid == uid and uid != os.getuid():
                    pids.append(int(p))
            except OSError:
                pass
    return pids
