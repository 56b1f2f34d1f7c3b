import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOOD = (
    "def two_sum(nums, target):\n    seen = {}\n    for i, x in enumerate(nums):\n"
    "        if target - x in seen:\n            return [seen[target - x], i]\n"
    "        seen[x] = i\n"
)


def cli(*args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "interview_kernel.cli", *args],
        capture_output=True,
        text=True,
        input=stdin,
        cwd=ROOT,
        timeout=300,
    )


@pytest.fixture
def good(tmp_path):
    p = tmp_path / "good.py"
    p.write_text(GOOD)
    return p


def test_run_json_contract(good):
    r = cli("run", "two-sum", str(good), "--json", "--no-save")
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["verdict"] == "AC" and d["passed"] == d["total"] > 0
    for t in d["tests"]:
        if t["hidden"]:
            assert set(t) == {"name", "hidden", "verdict", "time_ms"}
        else:
            assert {"input", "expected", "output", "stdout", "error"} <= set(t)


def test_run_wrong_answer_exits_1_with_a_readable_table(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("def two_sum(nums, target):\n    return [0, 1]\n")
    r = cli("run", "two-sum", str(bad), "--no-save")
    assert r.returncode == 1
    assert "Wrong Answer" in r.stdout and "expected:" in r.stdout


def test_run_with_custom_input_runs_the_examples_and_the_cases(tmp_path, good):
    r = cli("run", "two-sum", str(good), "--json", "--input", "[2,7,11,15]\n9\n[1,5,9]\n14")
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert [t["name"] for t in d["tests"]][-2:] == ["custom-1", "custom-2"]
    assert not any(t["hidden"] for t in d["tests"])  # a try-out: no hidden test runs
    assert d["tests"][-1]["expected"] == [1, 2] and d["tests"][-1]["output"] == [1, 2]
    cases = tmp_path / "cases.txt"
    cases.write_text("[3,3]\n6\n")
    r = cli("run", "two-sum", str(good), "--json", "--input", f"@{cases}")
    assert r.returncode == 0 and json.loads(r.stdout)["tests"][-1]["name"] == "custom-1"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ('[1,2]\n"9"', "case 1, target (line 2): expected an integer, got a string"),
        ("[1,2]", "each case is 2 line(s)"),
        ("", "no cases"),
        ("@/no/such/cases.txt", "no such file"),
    ],
)
def test_bad_custom_input_is_one_line_exit_2(good, raw, message):
    r = cli("run", "two-sum", str(good), "--input", raw)
    assert r.returncode == 2 and message in r.stderr, r.stderr
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_run_reads_stdin_with_explicit_language():
    r = cli("run", "two-sum", "-", "--language", "python", "--json", "--no-save", stdin=GOOD)
    assert r.returncode == 0 and json.loads(r.stdout)["verdict"] == "AC"


@pytest.mark.parametrize(
    "args, message",
    [
        (["run", "tow-sum", "GOOD"], "did you mean two-sum"),
        (["run", "two-sum", "/no/such/file.py"], "no such file"),
        (["run", "two-sum", "GOOD", "--language", "cobol"], "unknown language 'cobol'"),
        (["run", "two-sum", "GOOD", "--language", "cpp"], "looks like python, not cpp"),
        (["run", "two-sum", "EMPTY"], "empty"),
        (["run", "two-sum", "BINARY"], "binary"),
        (["run", "two-sum", "NOEXT"], "cannot tell the language"),
        (["problems", "show", "nope"], "unknown problem"),
    ],
)
def test_bad_input_is_one_line_exit_2(tmp_path, good, args, message):
    files = {
        "GOOD": good,
        "EMPTY": tmp_path / "e.py",
        "BINARY": tmp_path / "b.py",
        "NOEXT": tmp_path / "solution",
    }
    files["EMPTY"].write_text("")
    files["BINARY"].write_bytes(b"\x7fELF\x00\x01")
    files["NOEXT"].write_text(GOOD)
    r = cli(*[str(files.get(a, a)) for a in args])
    assert r.returncode == 2
    assert message in r.stderr
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_problems_list_and_show_contracts():
    items = json.loads(cli("problems", "list", "--json").stdout)
    assert any(i["id"] == "two-sum" for i in items)
    for i in items:
        assert {"id", "title", "difficulty", "topics", "languages"} <= set(i)
    shown = json.loads(cli("problems", "show", "two-sum", "--json").stdout)
    assert "reference" not in shown and not any(t["hidden"] for t in shown["tests"])
    assert shown["kind"] == "function" and shown["source"] is None  # our own problem
    author = json.loads(cli("problems", "show", "two-sum", "--json", "--include-hidden").stdout)
    assert isinstance(author["reference"], dict) and any(t["hidden"] for t in author["tests"])


def test_problems_validate_grades_references():
    r = cli("problems", "validate", "two-sum")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "ok   two-sum" in r.stdout


def test_problems_validate_fails_on_a_broken_reference(tmp_path):
    src = ROOT / "tests" / "data" / "problems" / "add-two"
    dst = tmp_path / "add-two"
    (dst / "reference").mkdir(parents=True)
    for name in ("problem.yaml", "tests.yaml", "statement.md"):
        (dst / name).write_text((src / name).read_text())
    (dst / "reference" / "solution.py").write_text("def add(a, b):\n    return a - b\n")
    r = cli("problems", "validate", str(dst))
    assert r.returncode == 1 and "python reference: WA on test 'small'" in r.stdout


def test_humaneval_import_and_grade(tmp_path):
    task = {
        "task_id": "HumanEval/0",
        "entry_point": "incr",
        "prompt": 'def incr(x: int) -> int:\n    """Add one."""\n',
        "canonical_solution": "    return x + 1\n",
        "test": (
            "def check(candidate):\n    assert candidate(1) == 2\n    assert candidate(-1) == 0\n"
        ),
    }
    f = tmp_path / "he.jsonl"
    f.write_text(json.dumps(task) + "\n")
    r = cli("problems", "import", "humaneval", str(f), "--into", str(tmp_path / "bank"))
    assert r.returncode == 0, r.stderr
    folder = tmp_path / "bank" / "humaneval-0"
    assert (folder / "check.py").exists()
    sol = tmp_path / "sol.py"
    sol.write_text(task["prompt"] + task["canonical_solution"])
    r = cli("run", str(folder), str(sol), "--json", "--no-save")
    assert r.returncode == 0, r.stdout + r.stderr
    sol.write_text(task["prompt"] + "    return x\n")
    assert cli("run", str(folder), str(sol), "--no-save").returncode == 1


def test_doctor_reports_the_sandbox():
    r = cli("doctor")
    assert r.returncode == 0, r.stdout
    assert "[ok  ] sandbox" in r.stdout and "end-to-end grading" in r.stdout


UNSHARE = shutil.which("unshare")
needs_unshare = pytest.mark.skipif(
    UNSHARE is None or os.geteuid() != 0, reason="needs unshare and root for a pid namespace"
)


@needs_unshare
def test_run_in_a_pid_namespace_without_its_proc_is_one_line_exit_2(good):
    """Inside `unshare --pid --fork` without --mount-proc, bwrap fails at random: refuse clearly."""
    r = subprocess.run(
        [UNSHARE, "--pid", "--fork", sys.executable, "-m", "interview_kernel.cli"]
        + ["run", "two-sum", str(good), "--no-save"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert r.returncode == 2, r.stdout + r.stderr
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert r.stderr.startswith("interview: error:") and "--mount-proc" in r.stderr


@needs_unshare
def test_doctor_explains_a_pid_namespace_without_its_proc():
    r = subprocess.run(
        [UNSHARE, "--pid", "--fork", sys.executable, "-m", "interview_kernel.cli"]
        + ["doctor", "--no-grade"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert r.returncode == 1, r.stdout + r.stderr
    assert "[FAIL] sandbox" in r.stdout and "/proc was not remounted" in r.stdout
    assert "fix: run it with `unshare --pid --fork --mount-proc" in r.stdout
    # with its own /proc the same namespace is fine: the check is not a false alarm
    ok = subprocess.run(
        [UNSHARE, "--pid", "--fork", "--mount-proc", sys.executable, "-m", "interview_kernel.cli"]
        + ["doctor", "--no-grade"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert "[ok  ] sandbox" in ok.stdout, ok.stdout + ok.stderr


def test_help_lists_commands():
    r = cli("--help")
    assert r.returncode == 0
    for c in ("run", "problems", "doctor"):
        assert c in r.stdout


def test_run_records_the_submission_unless_no_save(tmp_path, good, monkeypatch):
    monkeypatch.setenv("INTERVIEW_DB_URL", f"sqlite:///{tmp_path / 'i.db'}")
    assert cli("run", "two-sum", str(good)).returncode == 0
    assert cli("run", "two-sum", str(good), "--no-save").returncode == 0
    stats = json.loads(cli("stats", "--json").stdout)
    assert stats["totals"]["submissions"] == 1 and stats["verdicts"] == {"AC": 1}


@pytest.mark.slow
def test_validate_rejects_a_naive_baseline_that_is_not_slower(tmp_path):
    import shutil

    dst = tmp_path / "two-sum"
    shutil.copytree(ROOT / "problems" / "two-sum", dst)
    (dst / "naive" / "solution.py").write_text(GOOD)  # "naive" is as fast as the target
    for ref in (dst / "reference").iterdir():
        if ref.suffix != ".py":
            ref.unlink()
    r = cli("problems", "validate", str(dst))
    assert r.returncode == 1, r.stdout
    assert "naive baseline is not slower than the reference" in r.stdout


def test_an_oversized_file_is_refused_with_the_real_limit(tmp_path):
    big = tmp_path / "big.py"
    big.write_text("def two_sum(nums, target):\n    return []\n" + "#" * (100 * 1024))
    r = cli("run", "two-sum", str(big), "--no-save")
    assert r.returncode == 2
    assert "big.py is larger than 64 KB" in r.stderr and "Traceback" not in r.stderr


def test_a_quick_command_loads_only_its_own_module():
    """``interview problems list`` must not import the web app or the interviewer."""
    code = (
        "import sys; from interview_kernel.cli import main; rc = main(['problems', 'list']);"
        " bad = [m for m in ('widgets', 'ipywidgets', 'interview_kernel.interviewer')"
        " if m in sys.modules]; print(rc, bad)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip().splitlines()[-1] == "0 []"
