import json
import os
import stat
import subprocess
import sys

import pytest

from interview_kernel import SandboxUnavailableError
from interview_kernel.sandbox import bwrap as sandbox
from interview_kernel.sandbox.kernelspec import NAME, ensure_installed


def test_probe_finds_a_working_sandbox():
    cap = sandbox.check()
    assert cap.ok, cap.detail


def test_kernel_command_is_bubblewrap_with_all_namespaces(tmp_path):
    argv = sandbox.bwrap_command(str(tmp_path / "c.json"), str(tmp_path))
    i = argv.index(next(a for a in argv if a.endswith("bwrap")))
    b = argv[i:]
    assert "--unshare-all" in b and "--die-with-parent" in b and "--clearenv" in b
    assert "--share-net" not in b
    # /tmp is a private tmpfs and is mounted before the runtime folder inside it
    assert b.index("--tmpfs") < b.index("--bind")
    assert ["--remount-ro", "/"] == b[b.index("--remount-ro") : b.index("--remount-ro") + 2]
    # Nothing of the project, the database or the problem bank is mounted
    sources = [b[j + 1] for j, a in enumerate(b) if a in ("--ro-bind", "--bind")]
    assert not any(s.rstrip("/").endswith("problems") or "memory" in s for s in sources)
    assert not any(s in ("/", "/work", "/root", "/home", "/etc") for s in sources)
    if os.geteuid() == 0:
        assert argv[argv.index("setpriv") + 1] == "--reuid=65534"


def test_rundir_is_private_to_the_sandbox_user():
    d = sandbox.make_rundir()
    try:
        st = os.stat(d)
        assert stat.S_IMODE(st.st_mode) == 0o700
        assert (st.st_uid, st.st_gid) == sandbox.sandbox_ids()
    finally:
        os.rmdir(d)


def test_kernelspec_uses_message_interrupts_and_the_provisioner():
    ensure_installed()
    out = subprocess.run(
        ["jupyter", "kernelspec", "list", "--json"],
        capture_output=True,
        text=True,
        env={
            **os.environ,
            "PATH": os.path.dirname(os.path.realpath(__file__))
            + "/../../.venv/bin:"
            + os.environ["PATH"],
        },
    )
    specs = json.loads(out.stdout)["kernelspecs"]
    spec = specs[NAME]["spec"]
    assert spec["interrupt_mode"] == "message"
    assert (
        spec["metadata"]["kernel_provisioner"]["provisioner_name"]
        == "interview-sandbox-provisioner"
    )


def test_kernel_uses_ipc_in_a_private_folder(grader):
    km = grader._all[0].km
    assert km.transport == "ipc"
    info = json.load(open(km.connection_file))
    folder = os.path.dirname(km.connection_file)
    assert info["transport"] == "ipc" and info["ip"].startswith(folder)
    assert sorted(os.listdir(folder))[0] == "connection.json"


@pytest.mark.skipif(os.geteuid() != 0, reason="the refusal is for root")
def test_weak_mode_refuses_to_run_as_root(tmp_path):
    with pytest.raises(SandboxUnavailableError, match="refuses to run as root"):
        sandbox.weak_command(str(tmp_path / "c.json"), str(tmp_path))


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to test the unprivileged path")
def test_weak_mode_works_for_an_ordinary_user(tmp_path):
    """Weak mode as an ordinary user: grading works, with a loud warning."""
    script = (
        "import warnings\n"
        "from interview_kernel import Grader, load_problem\n"
        "with warnings.catch_warnings(record=True) as w:\n"
        "    warnings.simplefilter('always')\n"
        "    with Grader(weak=True) as g:\n"
        "        p = load_problem('two-sum')\n"
        "        r = g.grade(p, p.reference['python'])\n"
        "print(r.verdict.value, any('WITHOUT namespaces' in str(x.message) for x in w))\n"
    )
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.realpath(__file__))))
    py = os.path.join(root, ".venv", "bin", "python")
    if not sandbox._reachable(os.path.realpath(py), 65534, 65534):
        pytest.skip("the interpreter is not readable by an unprivileged user here")
    r = subprocess.run(
        ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", py, "-c", script],
        capture_output=True,
        text=True,
        cwd=root,
        timeout=120,
        env={
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp_path),
            "INTERVIEW_RUNTIME_DIR": str(tmp_path),
        },
    )
    assert r.stdout.split() == ["AC", "True"], r.stderr


def test_fork_server_registers_no_at_fork_hooks(tmp_path):
    # Every run forks the fork-server; modules like threading and random register
    # at-fork hooks whose work costs each fork ~170 copy-on-write page faults.
    runtime = str(sandbox.RUNTIME_PKG)
    (tmp_path / "ikrt").symlink_to(runtime)
    code = (
        "import sys\nfrom ikrt import forkserver, langs\nlangs.load_all()\n"
        "print(sorted(m for m in ('threading', 'random', 'subprocess') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-S", "-B", "-c", code],
        env={"PYTHONPATH": str(tmp_path), "PATH": os.environ.get("PATH", "")},
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "[]"
