"""Batch grading: collection, summary, report, CLI (real papermill), resume, samples, Dask."""

import csv
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

from interview_kernel import load_problem
from interview_kernel import result as res
from interview_kernel.batch import collect_submissions, notebook_source, run_batch, watchdog
from interview_kernel.batch.report import candidate_section, write_feedback
from interview_kernel.batch.samples import read_samples, task_problem_id
from interview_kernel.batch.summary import COLUMNS, error_row, graded_row, write_summary
from interview_kernel.cli import main
from interview_kernel.result import GradeResult, Verdict

ROOT = Path(__file__).resolve().parents[2]
GOOD = (ROOT / "problems" / "two-sum" / "reference" / "solution.py").read_text()
WRONG = "def two_sum(nums, target):\n    return [0, 1]\n"
HUNG = "import time\n\n\ndef two_sum(nums, target):\n    time.sleep(1000)\n"
FORK_BOMB = (
    "import os\n\n\ndef two_sum(nums, target):\n    while True:\n        try:\n"
    "            os.fork()\n        except OSError:\n            pass\n"
)
EXIT_AT_IMPORT = "import sys\nsys.exit(3)\n"


@pytest.fixture(scope="module")
def two_sum_problem():
    return load_problem("two-sum")


def notebook(path, cells, language="python", tag_index=None):
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "P", "language": language}
    nb.cells = [nbformat.v4.new_code_cell(c) for c in cells]
    if tag_index is not None:
        nb.cells[tag_index].metadata["tags"] = ["solution"]
    nbformat.write(nb, str(path))
    return path


@pytest.fixture
def cohort(tmp_path):
    d = tmp_path / "cohort"
    d.mkdir()
    (d / "alice.py").write_text(GOOD)
    (d / "bob.py").write_text(WRONG)
    (d / "hung.py").write_text(HUNG)
    (d / "bomber.py").write_text(FORK_BOMB)
    (d / "quitter.py").write_text(EXIT_AT_IMPORT)
    notebook(d / "carol.ipynb", ["import math", GOOD, "two_sum([1, 2], 3)"])
    (d / "broken.ipynb").write_text("{ not json")
    (d / "notes.txt").write_text("not code")
    (d / "alice").mkdir()  # a candidate folder that duplicates alice.py
    (d / "alice" / "solution.py").write_text(GOOD)
    return d


# -- collecting ---------------------------------------------------------------


def test_collect_files_notebooks_folders_and_bad_input(cohort, two_sum_problem):
    subs = {
        (s.candidate, s.file.rsplit("/", 1)[-1]): s
        for s in collect_submissions([cohort], [two_sum_problem])
    }
    first = subs["alice", "solution.py"]  # the folder sorts first and wins
    assert first.language == "python" and not first.error
    assert "duplicate candidate 'alice'" in subs["alice", "alice.py"].error
    assert subs["carol", "carol.ipynb"].source.strip() == GOOD.strip()
    assert "not a readable notebook" in subs["broken", "broken.ipynb"].error
    assert "unknown extension '.txt'" in subs["notes", "notes.txt"].error
    assert len(subs) == 9


def test_notebook_prefers_the_tagged_cell(tmp_path, two_sum_problem):
    path = notebook(tmp_path / "nb.ipynb", [GOOD, WRONG, "x = 1"], tag_index=0)
    assert notebook_source(path, two_sum_problem) == (GOOD, "python")
    path = notebook(tmp_path / "nb2.ipynb", [GOOD, WRONG, "x = 1"])
    assert notebook_source(path, two_sum_problem)[0] == WRONG  # the last defining cell
    empty = notebook(tmp_path / "nb3.ipynb", ["x = 1"])
    [sub] = collect_submissions([empty], [two_sum_problem])
    assert "tag the solution cell" in sub.error
    odd = notebook(tmp_path / "nb4.ipynb", [GOOD], language="cobol")
    [sub] = collect_submissions([odd], [two_sum_problem])
    assert "'cobol' is not one the grader knows" in sub.error


def test_candidate_folders_and_several_problems(tmp_path, two_sum_problem):
    reverse = load_problem("reverse-linked-list")
    dave = tmp_path / "cohort" / "dave"
    dave.mkdir(parents=True)
    (dave / "two-sum.py").write_text(GOOD)
    (dave / "reverse-linked-list.py").write_text("def reverse_list(head):\n    return head\n")
    (tmp_path / "cohort" / "loose.py").write_text(GOOD)
    subs = collect_submissions([tmp_path / "cohort"], [two_sum_problem, reverse])
    got = sorted((s.candidate, s.problem, bool(s.error)) for s in subs)
    assert got == [
        ("dave", "reverse-linked-list", False),
        ("dave", "two-sum", False),
        ("loose", "?", True),
    ]
    # one problem: a folder with one file is one candidate named after the folder
    [sub] = collect_submissions([dave / ".." / "dave"], [two_sum_problem])
    assert sub.candidate == "dave" and sub.file.endswith("two-sum.py")
    missing = collect_submissions([tmp_path / "nope.py"], [two_sum_problem])
    assert "no such file" in missing[0].error


# -- rows, score, report ------------------------------------------------------


def _result():
    return GradeResult(
        problem="two-sum",
        language="python",
        verdict=Verdict.WA,
        tests=[
            res.TestResult(
                "visible-1", False, Verdict.AC, 1.0, input={"a": 1}, expected=[0, 1], output=[0, 1]
            ),
            res.TestResult(
                "visible-2",
                False,
                Verdict.WA,
                1.0,
                input={"a": "<script>"},
                expected=[1, 2],
                output=[0, 1],
                stdout="<b>hi</b>",
            ),
            res.TestResult("hidden-1", True, Verdict.AC, 1.0),
            res.TestResult("hidden-2", True, Verdict.TLE, 1.0),
        ],
    )


def test_rows_are_scored_and_written(tmp_path, two_sum_problem):
    subs = collect_submissions([], [two_sum_problem])
    assert subs == []
    from interview_kernel.batch.submissions import Submission

    sub = Submission("eve <x>", "eve.py", "two-sum", "python", WRONG)
    row = graded_row(sub, _result(), two_sum_problem)
    assert row["verdict"] == "WA" and (row["passed"], row["total"]) == (2, 4)
    assert row["hidden_passed"] == 1 and row["hidden_total"] == 2
    assert row["score"] == 100 - 10 - 20 and "1 of 2 hidden tests failed" in row["deductions"]
    bad = error_row(Submission("x", "x.txt", "two-sum", error="unknown extension"))
    assert bad["verdict"] == "ERR" and bad["score"] is None
    csv_path, json_path = write_summary([row, bad], tmp_path)
    with csv_path.open() as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == list(COLUMNS) and rows[1]["error"] == "unknown extension"
    assert json.loads(json_path.read_text())[0]["candidate"] == "eve <x>"


def test_report_section_escapes_and_keeps_hidden_tests_to_verdicts(two_sum_problem):
    row = graded_row(
        __import__("interview_kernel.batch.submissions", fromlist=["Submission"]).Submission(
            "<img src=x onerror=alert(1)>", "e.py", "two-sum", "python", WRONG
        ),
        _result(),
        two_sum_problem,
    )
    html = candidate_section(row, _result().to_dict(), "print('<script>')", two_sum_problem)
    assert "<img src=x" not in html and "&lt;img src=x" in html
    assert "<script>" not in html and "&lt;b&gt;hi" in html
    assert "Hidden tests (2)" in html and "hidden-1" not in html
    assert "Target complexity: time O(n)" in html


def test_feedback_notebook(tmp_path, two_sum_problem):
    from interview_kernel.batch.submissions import Submission

    row = graded_row(
        Submission("eve", "e.py", "two-sum", "python", WRONG), _result(), two_sum_problem
    )
    path = write_feedback(tmp_path / "eve.ipynb", row, _result().to_dict(), WRONG, two_sum_problem)
    nb = nbformat.read(str(path), as_version=4)
    assert nb.metadata.kernelspec.name == "python3"
    assert [c.cell_type for c in nb.cells][-1] == "raw" and nb.cells[-1].source == WRONG
    assert "hidden test" in nb.cells[1].source and "Wrong Answer" in nb.cells[0].source


# -- the per-submission guard -------------------------------------------------


def test_watchdog_reports_a_hung_grade_as_tle_and_moves_on(monkeypatch, two_sum_problem):
    monkeypatch.setattr(watchdog, "GRACE_SECONDS", 0.1)

    def hangs(problem, source, language):
        time.sleep(30)

    started = time.monotonic()
    kind, result = watchdog.guarded_grade(hangs, two_sum_problem, GOOD, "python", 0.2)
    assert time.monotonic() - started < 5
    assert kind == "ok" and result.verdict is Verdict.TLE
    assert all(t.verdict is Verdict.NOT_RUN for t in result.tests)
    assert "timeout (0.2 s)" in result.message

    def refuses(problem, source, language):
        from interview_kernel.errors import SourceError

        raise SourceError("the source is empty")

    assert watchdog.guarded_grade(refuses, two_sum_problem, "", "python", 1) == (
        "bad",
        "the source is empty",
    )

    def crashes(problem, source, language):
        raise RuntimeError("boom")

    kind, reason = watchdog.guarded_grade(crashes, two_sum_problem, GOOD, "python", 1)
    assert kind == "ie" and "boom" in reason
    capped = watchdog.capped(two_sum_problem, 3)
    assert capped.limits.wall_seconds == 3 and two_sum_problem.limits.wall_seconds == 30


# -- bad input on the command line -------------------------------------------


@pytest.mark.parametrize(
    "args, message",
    [
        (["grade", "--problem", "two-sum"], "at least one SUBMISSION"),
        (["grade", "x.py"], "--problem"),
        (["grade", "--samples", "s.jsonl", "--out", "r.jsonl"], "needs --problems"),
        (["grade", "--samples", "missing.jsonl", "--problems", ".", "--out", "r"], "no such"),
        (["grade", "x.py", "--problem", "two-sum", "-j", "-1"], "-j must be"),
        (["grade", "x.py", "--problem", "two-sum", "--timeout", "0"], "--timeout"),
        (["grade", "x.py", "--problem", "no-such-problem"], "unknown problem"),
    ],
)
def test_bad_arguments_exit_2(args, message, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(args) == 2
    assert message in capsys.readouterr().err


def test_nothing_gradeable_exits_2(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("x")
    assert main(["grade", str(tmp_path), "--problem", "two-sum"]) == 2
    err = capsys.readouterr().err
    assert "unknown extension" in err and "none of the submissions" in err


def test_samples_reader_keeps_bad_lines_in_place(tmp_path):
    p = tmp_path / "s.jsonl"
    p.write_text('{"task_id": "HumanEval/0", "completion": "x"}\nnope\n{"completion": "y"}\n')
    rows = read_samples(p)
    assert [r.get("error", "") for r in rows] == ["", "line 2 is not JSON", "line 3 has no task_id"]
    assert task_problem_id("HumanEval/12") == "humaneval-12"


# -- real sandbox, real papermill --------------------------------------------


def cli(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "interview_kernel.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=240,
        env={**os.environ, **(env or {})},
    )


@pytest.mark.slow
def test_cli_grades_a_cohort_through_the_report_notebook_and_resumes(cohort, tmp_path):
    out = tmp_path / "out"
    db = f"sqlite:///{tmp_path / 'store.db'}"
    args = [str(cohort), "--problem", "two-sum", "-j", "2", "--timeout", "3", "--out", str(out)]
    r = cli("grade", *args, "--feedback", env={"INTERVIEW_DB_URL": db})
    assert r.returncode == 0, r.stderr[-3000:]
    rows = {
        (x["candidate"], Path(x["file"]).name): x
        for x in json.loads((out / "summary.json").read_text())
    }
    verdicts = {k: v["verdict"] for k, v in rows.items()}
    assert verdicts["alice", "solution.py"] == "AC" and verdicts["carol", "carol.ipynb"] == "AC"
    assert verdicts["bob", "bob.py"] == "WA"
    assert verdicts["hung", "hung.py"] == "TLE"  # the hung submission cost 3 s, not the batch
    saved = [json.loads(f.read_text()) for f in (out / "results").glob("*.json")]
    [hung] = [x["result"] for x in saved if x["row"]["candidate"] == "hung"]
    assert [t["verdict"] for t in hung["tests"][:2]] == ["TLE", "NR"]  # the rest not run
    assert verdicts["bomber", "bomber.py"] in ("TLE", "RE")
    assert verdicts["quitter", "quitter.py"] == "RE"
    assert verdicts["broken", "broken.ipynb"] == verdicts["notes", "notes.txt"] == "ERR"
    assert verdicts["alice", "alice.py"] == "ERR"
    assert rows["alice", "solution.py"]["score"] == 100 and rows["bob", "bob.py"]["score"] < 100
    with (out / "summary.csv").open() as f:
        assert {"candidate", "file", "language", "verdict", "passed", "total", "score"} <= set(
            csv.DictReader(f).fieldnames
        )

    report = nbformat.read(str(out / "report.ipynb"), as_version=4)
    assert report.metadata.kernelspec.name == "python3"
    assert report.metadata.language_info.name == "python"
    tags = [c.metadata.get("tags", []) for c in report.cells]
    assert ["parameters"] in tags and ["injected-parameters"] in tags
    outputs = [o for c in report.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    assert any("image/png" in o.get("data", {}) for o in outputs)  # the two charts
    html = "".join(o.get("data", {}).get("text/html", "") for o in outputs)
    n_hidden = sum(t.hidden for t in load_problem("two-sum").tests)
    assert html.count("<h2>") == 9 and "Visible tests" in html
    assert f"Hidden tests ({n_hidden})" in html
    assert (out / "report.html").stat().st_size > 10_000
    assert len(list((out / "feedback").glob("*.ipynb"))) == 8  # not the duplicate
    for saved in (out / "results").glob("*.json"):
        for t in json.loads(saved.read_text())["result"]["tests"]:
            if t["hidden"]:
                assert set(t) == {"name", "hidden", "verdict", "time_ms"}

    from interview_kernel.practice import sessions
    from interview_kernel.store import get_engine

    engine = get_engine(db)
    [alice] = sessions.list_sessions(user="alice", engine=engine)
    assert alice.problem_id == "two-sum" and alice.score is not None

    # resume: nothing is regraded, a changed source is
    (cohort / "bob.py").write_text(GOOD)
    started = time.monotonic()
    r = cli("grade", *args, "--resume", "--no-save", "--no-progress")
    assert r.returncode == 0, r.stderr[-3000:]
    rows = {
        (x["candidate"], Path(x["file"]).name): x
        for x in json.loads((out / "summary.json").read_text())
    }
    assert rows["bob", "bob.py"]["verdict"] == "AC"
    assert rows["hung", "hung.py"]["verdict"] == "TLE"
    report = nbformat.read(str(out / "report.ipynb"), as_version=4)
    text = json.dumps([c.get("outputs", []) for c in report.cells])
    assert "1 graded now, 5 resumed" in text
    assert time.monotonic() - started < 60


@pytest.mark.slow
def test_samples_mode_keeps_input_order_and_fields(tmp_path):
    tasks = [
        {
            "task_id": "HumanEval/0",
            "entry_point": "add",
            "prompt": 'def add(a: int, b: int) -> int:\n    """Add."""\n',
            "canonical_solution": "    return a + b\n",
            "test": "def check(candidate):\n    assert candidate(1, 2) == 3\n"
            "    assert candidate(-1, 1) == 0\n",
        },
        {
            "task_id": "HumanEval/1",
            "entry_point": "rev",
            "prompt": 'def rev(s: str) -> str:\n    """Reverse."""\n',
            "canonical_solution": "    return s[::-1]\n",
            "test": "def check(candidate):\n    assert candidate('ab') == 'ba'\n",
        },
    ]
    (tmp_path / "tasks.jsonl").write_text("".join(json.dumps(t) + "\n" for t in tasks))
    r = cli(
        "problems",
        "import",
        "humaneval",
        str(tmp_path / "tasks.jsonl"),
        "--into",
        str(tmp_path / "probs"),
    )
    assert r.returncode == 0, r.stderr
    samples = [
        ("HumanEval/1", "    return s[::-1]\n", True, "AC"),
        ("HumanEval/0", "    return a - b\n", False, "WA"),
        ("HumanEval/7", "    return 0\n", False, "ERR"),
        ("HumanEval/0", "    while True:\n        pass\n", False, "TLE"),
        ("HumanEval/0", "    return a + b\n", True, "AC"),
        ("HumanEval/1", "    return s[\n", False, "CE"),
    ]
    (tmp_path / "samples.jsonl").write_text(
        "".join(json.dumps({"task_id": t, "completion": c}) + "\n" for t, c, _, _ in samples)
    )
    out = tmp_path / "results.jsonl"
    r = cli(
        "grade",
        "--samples",
        str(tmp_path / "samples.jsonl"),
        "--problems",
        str(tmp_path / "probs"),
        "--out",
        str(out),
        "-j",
        "2",
        "--timeout",
        "3",
    )
    assert r.returncode == 0, r.stderr[-3000:]
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert [(x["task_id"], x["passed"], x["verdict"]) for x in lines] == [
        (t, p, v) for t, _, p, v in samples
    ]
    assert all({"task_id", "passed", "verdict"} <= set(x) for x in lines)
    assert "unknown task id" in lines[2]["error"]
    assert "2 passed" in r.stdout


@pytest.mark.slow
def test_dask_local_cluster_grades_with_a_pool_per_worker(cohort, tmp_path, two_sum_problem):
    from distributed import LocalCluster

    subs = [
        s
        for s in collect_submissions([cohort], [two_sum_problem])
        if s.candidate in ("alice", "bob", "hung", "carol", "notes")
    ]
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        report = run_batch(
            subs,
            [two_sum_problem],
            tmp_path / "out",
            timeout=3,
            dask_address=cluster.scheduler_address,
            record=False,
            complexity=True,
        )
        from distributed import Client

        with Client(cluster.scheduler_address) as client:
            pids = client.run(os.getpid)
    verdicts = {(r["candidate"], Path(r["file"]).name): r["verdict"] for r in report.rows}
    assert verdicts == {
        ("alice", "alice.py"): "ERR",
        ("alice", "solution.py"): "AC",
        ("bob", "bob.py"): "WA",
        ("hung", "hung.py"): "TLE",
        ("carol", "carol.ipynb"): "AC",
        ("notes", "notes.txt"): "ERR",
    }
    assert len(set(pids.values())) == 2 and report.graded == 4
    probed = [report.results[s.key].get("complexity") for s in subs if s.candidate == "carol"]
    assert probed[0]["target"] == "O(n)"  # accepted submissions went through the probe
    assert "complexity" not in report.results[next(s.key for s in subs if s.candidate == "bob")]
    assert (tmp_path / "out" / "summary.csv").is_file()


def test_dry_run_records_every_call_of_a_check():
    from interview_kernel.batch.prefetch import record_calls
    from interview_kernel.problem import Problem

    problem = Problem.model_validate(
        {
            "id": "he-x",
            "title": "x",
            "difficulty": "easy",
            "signature": {"name": "f", "params": [{"name": "a", "type": "int"}], "returns": "int"},
            "assertions": "import math\n\ndef check(candidate):\n"
            "    assert candidate(1) == 2\n    assert abs(candidate(2) - 3.5) < 1e-6\n"
            "    for x in candidate(4):\n        assert candidate(x) == 0\n"
            "    assert candidate(1) == 2\n    assert math.isclose(candidate(3), 4)\n"
            "    assert candidate(9) == 1\n",
        }
    )
    # isclose() sees through the stand-in: the dry run stops there, candidate(9) goes live
    assert record_calls(problem) == [[1], [2], [4], [3]]


def test_a_batch_of_samples_grades_as_one_by_one(two_sum_problem):
    from interview_kernel.batch.prefetch import PrefetchGrader
    from interview_kernel.errors import SourceError
    from interview_kernel.problem import Problem

    add = Problem.model_validate(
        {
            "id": "he-add",
            "title": "add",
            "difficulty": "easy",
            "signature": {
                "name": "add",
                "params": [{"name": "a", "type": "int"}, {"name": "b", "type": "int"}],
                "returns": "int",
            },
            "limits": {"cpu_seconds": 1, "wall_seconds": 3},
            "assertions": "def check(candidate):\n    assert candidate(1, 2) == 3\n"
            "    assert candidate(-4, 4) == 0\n",
        }
    )
    hashmap = "def two_sum(nums, target):\n    seen = {}\n    for i, x in enumerate(nums):\n"
    hashmap += "        if target - x in seen:\n            return [seen[target - x], i]\n"
    hashmap += "        seen[x] = i\n"
    items = [
        (add, "def add(a, b):\n    return a + b\n", "python"),
        (add, "def add(a, b):\n    return a - b\n", "python"),
        (add, "def add(a, b):\n    while True:\n        pass\n", "python"),
        (add, "def add(a, b):\n    return (\n", "python"),
        (add, "", "python"),
        (add, "def add(a, b):\n    raise ValueError('no')\n", "python"),
        (two_sum_problem, hashmap, "python"),  # tests-style: graded the usual way
    ]
    with PrefetchGrader(pool_size=1) as g:
        got = g.grade_batch(items)
        one_by_one = []
        for problem, source, language in items:
            try:
                one_by_one.append(g.grade(problem, source, language).verdict)
            except SourceError as exc:
                one_by_one.append(type(exc))
    batched = [type(r) if isinstance(r, Exception) else r.verdict for r in got]
    assert batched == one_by_one
    assert [v if isinstance(v, type) else v.value for v in batched] == [
        "AC", "WA", "TLE", "CE", SourceError, "RE", "AC"
    ]  # fmt: skip
