import json
from pathlib import Path

import pytest

from interview_kernel import ProblemFormatError, UnknownProblemError, load_problem
from interview_kernel.bank.catalogue import public_dict
from interview_kernel.bank.loader import problem_ids
from interview_kernel.problem import json_schema

ROOT = Path(__file__).resolve().parents[2]


def write(folder: Path, problem: str, tests: str | None = None) -> Path:
    folder.mkdir(parents=True)
    (folder / "problem.yaml").write_text(problem)
    if tests is not None:
        (folder / "tests.yaml").write_text(tests)
    return folder


GOOD = """title: X
difficulty: easy
signature: {name: f, params: [{name: x, type: int}], returns: int}
"""


def test_two_sum_loads_with_its_contract_shape():
    p = load_problem("two-sum")
    assert p.signature.name == "two_sum" and p.signature.camel_name == "twoSum"
    assert [x.type for x in p.signature.params] == ["list[int]", "int"]
    assert len(p.visible_tests) >= 5 and sum(t.hidden for t in p.tests) >= 10
    d = public_dict(p)
    assert not any(t["hidden"] for t in d["tests"]) and "reference" not in d
    assert "def two_sum" in d["starter"]["python"]


def test_unknown_problem_suggests_close_ids():
    with pytest.raises(UnknownProblemError, match="did you mean two-sum"):
        load_problem("two-summ")


def test_missing_field_names_file_and_field(tmp_path):
    folder = write(
        tmp_path / "p",
        "title: X\nsignature: {name: f, returns: int}\n",
        "- {name: a, input: {}, expected: 1}\n",
    )
    with pytest.raises(
        ProblemFormatError, match=r"problem 'p': problem.yaml: difficulty is missing"
    ):
        load_problem(str(folder))


def test_test_with_wrong_parameters_is_explained(tmp_path):
    folder = write(tmp_path / "p", GOOD, "- {name: a, input: {y: 1}, expected: 1}\n")
    with pytest.raises(ProblemFormatError, match=r"tests\[0\] \(a\): input must have exactly"):
        load_problem(str(folder))


def test_bad_yaml_names_the_line(tmp_path):
    folder = write(tmp_path / "p", GOOD, "- {name: a, input: {x: 1}, expected: [1\n")
    with pytest.raises(ProblemFormatError, match=r"tests.yaml: line \d+: not valid YAML"):
        load_problem(str(folder))


def test_unknown_field_is_refused(tmp_path):
    folder = write(
        tmp_path / "p", GOOD + "difficultly: hard\n", "- {name: a, input: {x: 1}, expected: 1}\n"
    )
    with pytest.raises(ProblemFormatError, match="difficultly is not a known field"):
        load_problem(str(folder))


def test_problem_without_tests_is_refused(tmp_path):
    folder = write(tmp_path / "p", GOOD)
    with pytest.raises(ProblemFormatError, match="needs tests"):
        load_problem(str(folder))


def test_bank_lists_every_folder():
    ids = problem_ids()
    assert "two-sum" in ids and len(ids) >= 5


def test_schema_is_json():
    schema = json_schema()
    json.dumps(schema)
    assert "signature" in schema["properties"]


def _big_tests(n: int) -> str:
    """A tests.yaml over the parse-cache threshold (one long list input)."""
    xs = ", ".join(str(i) for i in range(n))
    return f"- {{name: big, input: {{x: 1}}, expected: 1}}\n# {xs}\n"


def test_big_yaml_is_parsed_once_and_an_edit_is_seen(tmp_path, monkeypatch):
    from interview_kernel.bank import loader as bank

    monkeypatch.setenv("INTERVIEW_CACHE_DIR", str(tmp_path / "cache"))
    folder = write(tmp_path / "p", GOOD, _big_tests(10_000))
    first = load_problem(str(folder))
    entries = list((tmp_path / "cache" / "yaml").glob("*.marshal"))
    assert len(entries) == 1 and first.tests[0].expected == 1

    calls = []
    real = bank.yaml.load

    def counting(text, **kw):
        calls.append(len(text))
        return real(text, **kw)

    monkeypatch.setattr(bank.yaml, "load", counting)
    assert load_problem(str(folder)).tests[0].expected == 1  # tests.yaml from the cache
    assert calls and max(calls) < bank.CACHE_MIN_BYTES
    monkeypatch.undo()
    monkeypatch.setenv("INTERVIEW_CACHE_DIR", str(tmp_path / "cache"))
    (folder / "tests.yaml").write_text(_big_tests(10_000).replace("expected: 1", "expected: 2"))
    assert load_problem(str(folder)).tests[0].expected == 2


def test_corrupt_or_unwritable_cache_only_costs_a_parse(tmp_path, monkeypatch):
    monkeypatch.setenv("INTERVIEW_CACHE_DIR", str(tmp_path / "cache"))
    folder = write(tmp_path / "p", GOOD, _big_tests(10_000))
    load_problem(str(folder))
    (entry,) = (tmp_path / "cache" / "yaml").glob("*.marshal")
    entry.write_bytes(b"\x00garbage")
    assert load_problem(str(folder)).tests[0].expected == 1
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("INTERVIEW_CACHE_DIR", str(blocker))
    assert load_problem(str(folder)).tests[0].expected == 1
