"""Importers (HumanEval-X, MBPP, our JSONL packs) on small files written here, not upstream data.

Each imported problem records its set and licence; the tasks grade through the
real sandbox in their own language, by the set's rule.
"""

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from interview_kernel import Grader, Verdict, load_problem
from interview_kernel.bank.importers import (
    compile_set,
    humaneval_x_record,
    mbpp_record,
    read_pack,
    save_pack,
    write_pack,
)
from interview_kernel.errors import InterviewError

ROOT = Path(__file__).resolve().parents[2]

# Tasks in HumanEval-X's shape (prompt, canonical_solution, test, example_test), our own text.
X_TASKS = [
    {
        "task_id": "Python/0",
        "prompt": 'def triple(x):\n    """Three times x."""\n',
        "canonical_solution": "    return 3 * x\n",
        "test": "def check(triple):\n    assert triple(2) == 6\n    assert triple(-1) == -3\n"
        "\ncheck(triple)\n",
        "example_test": "def check(triple):\n    assert triple(1) == 3\n\ncheck(triple)\n",
    },
    {
        "task_id": "CPP/0",
        "prompt": "/* Three times x. */\n#include<stdio.h>\nusing namespace std;\n"
        "int triple(int x){\n",
        "canonical_solution": "    return 3 * x;\n}\n",
        "test": "#undef NDEBUG\n#include<assert.h>\nint main(){\n    assert (triple(2)==6);\n"
        "    assert (triple(-1)==-3);\n}\n",
        "example_test": "#undef NDEBUG\n#include<assert.h>\nint main(){\n"
        "    assert (triple(1)==3);\n}\n",
    },
    {
        "task_id": "Java/0",
        "prompt": "import java.util.*;\nimport java.lang.*;\n\nclass Solution {\n"
        "    public int triple(int x) {\n",
        "canonical_solution": "        return 3 * x;\n    }\n}",
        "test": "public class Main {\n    public static void main(String[] args) {\n"
        "        Solution s = new Solution();\n"
        "        List<Boolean> correct = Arrays.asList(s.triple(2) == 6, s.triple(-1) == -3);\n"
        "        if (correct.contains(false)) {\n            throw new AssertionError();\n"
        "        }\n    }\n}\n",
        "example_test": "",
    },
    {
        "task_id": "JavaScript/0",
        "prompt": "/* Three times x. */\nconst triple = (x) => {\n",
        "canonical_solution": "  return 3 * x;\n}\n",
        "test": "const testTriple = () => {\n  console.assert(triple(2) === 6)\n"
        "  console.assert(triple(-1) === -3)\n}\n\ntestTriple()\n",
        "example_test": "const testTriple = () => {\n  console.assert(triple(1) === 3)\n}\n"
        "testTriple()\n",
    },
    {
        "task_id": "Go/0",
        "prompt": "package main\n",
        "canonical_solution": "",
        "test": "",
    },
]
WRONG_BODY = {
    "python": "    return 2 * x\n",
    "cpp": "    return 2 * x;\n}\n",
    "java": "        return 2 * x;\n    }\n}",
    "javascript": "  return 2 * x;\n}\n",
}
MBPP_TASKS = [
    {  # the original file's shape
        "text": "Write a function that returns the larger of two numbers.",
        "code": "def larger(a, b):\r\n  return a if a > b else b",
        "task_id": 901,
        "test_setup_code": "",
        "test_list": [
            "assert larger(1, 2) == 2",
            "assert larger(5, -5) == 5",
            "assert set([larger(3, 3)]) == {3}",
        ],
        "challenge_test_list": [],
    },
    {  # the sanitized file's shape
        "source_file": "ours.py",
        "task_id": 902,
        "prompt": "Write a function that squares every item of a list.",
        "code": "import math\ndef squares(xs):\n    return [x * x for x in xs]\n",
        "test_imports": ["import math"],
        "test_list": ["assert sorted(squares([2, 1])) == [1, 4]", "assert squares([]) == []"],
    },
]


def gz_jsonl(path: Path, rows: list[dict]) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")
    return path


def test_humaneval_x_language_comes_from_the_task_id(tmp_path):
    records, skipped = compile_set("humaneval-x", str(gz_jsonl(tmp_path / "x.jsonl.gz", X_TASKS)))
    assert skipped == 1  # Go is not graded here
    assert [r["id"] for r in records] == ["python-0", "cpp-0", "java-0", "javascript-0"]
    cpp = records[1]
    assert cpp["kind"] == "program" and list(cpp["reference"]) == ["cpp"]
    assert [t.get("hidden", False) for t in cpp["tests"]] == [False, True]
    assert cpp["tests"][1]["program"] == X_TASKS[1]["test"]  # `test` is the hidden one
    java = records[2]
    assert [t["name"] for t in java["tests"]] == ["tests"]  # no example_test: no visible test
    for r in records:
        assert r["source"]["license"] == "Apache-2.0" and r["source"]["name"] == "HumanEval-X"
        assert r["source"]["task_id"] in {t["task_id"] for t in X_TASKS}


def test_every_imported_problem_keeps_source_and_licence(tmp_path):
    src = gz_jsonl(tmp_path / "x.jsonl.gz", X_TASKS)
    write_pack(compile_set("humaneval-x", str(src))[0], str(tmp_path / "bank"))
    mbpp = tmp_path / "mbpp.jsonl"
    mbpp.write_text("".join(json.dumps(t) + "\n" for t in MBPP_TASKS))
    write_pack(compile_set("mbpp", str(mbpp))[0], str(tmp_path / "bank"))
    folders = sorted(p.parent for p in (tmp_path / "bank").glob("*/problem.yaml"))
    assert len(folders) == 6
    for folder in folders:
        problem = load_problem(str(folder))
        assert problem.source is not None and problem.source.license in ("Apache-2.0", "CC-BY-4.0")
        assert problem.source.attribution and problem.source.task_id
    m = load_problem(str(tmp_path / "bank" / "mbpp-901"))
    assert m.source.name == "MBPP" and "CC BY 4.0" in m.source.attribution
    assert "assert larger(1, 2) == 2" in m.statement  # the shown test, as MBPP shows it


def test_mbpp_entry_point_and_tests():
    first, second = (mbpp_record(t) for t in MBPP_TASKS)
    assert first["title"] == "MBPP 901: larger"
    assert second["title"] == "MBPP 902: squares"  # not `sorted`, which the test calls first
    assert second["tests"][1]["program"].startswith("import math\n")
    assert "\r" not in first["reference"]["python"]


def test_pack_round_trip_and_errors(tmp_path):
    records = [humaneval_x_record(t) for t in X_TASKS[:2]]
    pack = tmp_path / "ours.jsonl"
    assert save_pack(records, str(pack)) == 2
    assert read_pack(str(pack)) == records
    bad = dict(records[0])
    del bad["source"]
    (tmp_path / "bad.jsonl").write_text(json.dumps(bad) + "\n")
    with pytest.raises(InterviewError, match="line 1: record 'python-0' has no `source`"):
        read_pack(str(tmp_path / "bad.jsonl"))
    wrong = {**records[0], "kind": "riddle"}
    (tmp_path / "wrong.jsonl").write_text(json.dumps(wrong) + "\n")
    with pytest.raises(InterviewError, match="kind"):
        read_pack(str(tmp_path / "wrong.jsonl"))


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    base = tmp_path_factory.mktemp("sets")
    src = gz_jsonl(base / "x.jsonl.gz", X_TASKS)
    write_pack(compile_set("humaneval-x", str(src))[0], str(base / "bank"))
    mbpp = base / "mbpp.jsonl"
    mbpp.write_text("".join(json.dumps(t) + "\n" for t in MBPP_TASKS))
    write_pack(compile_set("mbpp", str(mbpp))[0], str(base / "bank"))
    return base / "bank"


@pytest.mark.parametrize("task", X_TASKS[:4], ids=lambda t: t["task_id"])
def test_imported_humaneval_x_grades_in_its_language(imported, task):
    problem = load_problem(str(imported / task["task_id"].lower().replace("/", "-")))
    (language,) = problem.reference
    with Grader() as g:
        good = g.grade(problem, problem.reference[language], language)
        assert good.verdict is Verdict.AC, (good.tests, good.compile_output)
        bad = g.grade(problem, task["prompt"] + WRONG_BODY[language], language)
        assert bad.verdict is Verdict.WA, bad.tests


def test_imported_mbpp_grades(imported):
    problem = load_problem(str(imported / "mbpp-901"))
    with Grader() as g:
        assert g.grade(problem, problem.reference["python"]).verdict is Verdict.AC
        wrong = g.grade(problem, "def larger(a, b):\n    return a\n")
        assert wrong.verdict is Verdict.WA
        assert [t.verdict for t in wrong.tests] == [Verdict.WA, Verdict.WA]


def test_show_json_gives_kind_and_source(imported):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "interview_kernel.cli", "problems", "show"]
    out = subprocess.run(
        [*cmd, str(imported / "cpp-0"), "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    shown = json.loads(out.stdout)
    assert shown["kind"] == "program"
    assert shown["source"]["name"] == "HumanEval-X" and shown["source"]["task_id"] == "CPP/0"
    assert shown["source"]["license"] == "Apache-2.0"
    text = subprocess.run(
        [*cmd, str(imported / "mbpp-901")], capture_output=True, text=True, env=env, timeout=120
    )
    assert text.returncode == 0, text.stderr
    assert "Source: MBPP 901 (CC-BY-4.0)" in text.stdout


def test_import_is_one_command(tmp_path):
    src = gz_jsonl(tmp_path / "x.jsonl.gz", X_TASKS)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "interview_kernel.cli"]
    out = subprocess.run(
        [
            *cmd,
            "problems",
            "import",
            "humaneval-x",
            str(src),
            "--into",
            str(tmp_path / "b"),
            "--pack",
            str(tmp_path / "p.jsonl"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert "imported 4 problems" in out.stdout and "skipped 1" in out.stdout
    again = subprocess.run(
        [
            *cmd,
            "problems",
            "import",
            "pack",
            str(tmp_path / "p.jsonl"),
            "--into",
            str(tmp_path / "c"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert again.returncode == 0, again.stderr
    a = sorted(p.relative_to(tmp_path / "b") for p in (tmp_path / "b").rglob("*") if p.is_file())
    b = sorted(p.relative_to(tmp_path / "c") for p in (tmp_path / "c").rglob("*") if p.is_file())
    assert a == b
    sol = tmp_path / "sol.cpp"
    sol.write_text(X_TASKS[1]["prompt"] + X_TASKS[1]["canonical_solution"])
    run = subprocess.run(
        [*cmd, "run", str(tmp_path / "b" / "cpp-0"), str(sol), "--json", "--no-save"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert json.loads(run.stdout)["verdict"] == "AC"


def test_humaneval_x_samples_grade_in_each_language(imported, tmp_path):
    from interview_kernel.batch.samples import grade_samples

    samples = tmp_path / "samples.jsonl"
    lines = []
    for task in X_TASKS[:4]:
        language = task["task_id"].split("/")[0].lower()
        body = task["canonical_solution"]
        lines.append({"task_id": task["task_id"], "generation": body})  # HumanEval-X's key
        lines.append({"task_id": task["task_id"], "completion": WRONG_BODY[language]})
    samples.write_text("".join(json.dumps(line) + "\n" for line in lines))
    with Grader() as g:
        rows = grade_samples(samples, imported, tmp_path / "out.jsonl", grader=g, jobs=1)
    assert [r["passed"] for r in rows] == [True, False] * 4, rows
    assert [r["verdict"] for r in rows[1::2]] == ["WA"] * 4
