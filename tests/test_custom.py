"""Custom test input: LeetCode's raw format parsed and checked, and graded against the reference."""

from pathlib import Path

import pytest

from interview_kernel import Verdict, load_problem
from interview_kernel.custom import MAX_CASES, format_cases, parse_cases, type_error
from interview_kernel.errors import CustomInputError

DATA = Path(__file__).parent / "data"

GOOD = """def two_sum(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
"""
CPP = (
    "class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n"
    "        unordered_map<int, int> seen;\n"
    "        for (int i = 0; i < (int)nums.size(); i++) {\n"
    "            auto it = seen.find(target - nums[i]);\n"
    "            if (it != seen.end()) return {it->second, i};\n"
    "            seen[nums[i]] = i;\n        }\n        return {};\n    }\n};\n"
)


@pytest.fixture(scope="module")
def lru():
    return load_problem(str(DATA / "problems" / "lru-cache"))


def test_cases_follow_the_signature_in_order(two_sum):
    cases = parse_cases(two_sum, "[2,7,11,15]\n9\n\n[3,3]\n6\n")
    assert [c.name for c in cases] == ["custom-1", "custom-2"]
    assert cases[0].input == {"nums": [2, 7, 11, 15], "target": 9}
    assert cases[1].input == {"nums": [3, 3], "target": 6} and not cases[1].hidden
    assert parse_cases(two_sum, "  \n") == []


def test_the_examples_round_trip_through_the_raw_format(two_sum):
    visible = two_sum.visible_tests
    parsed = parse_cases(two_sum, format_cases(two_sum, visible))
    assert [c.input for c in parsed] == [t.input for t in visible]
    assert format_cases(two_sum, visible[:1]) == "[3,8,12,5]\n13"


@pytest.mark.parametrize(
    ("raw", "where", "says"),
    [
        ("[1,2]\n", "case 1", "each case is 2 line(s), one per parameter (nums, target)"),
        ('[1,2]\n"3"\n', "case 1, target (line 2)", "expected an integer, got a string"),
        ("[1,'a']\n3\n", "case 1, nums (line 1)", "strings take double quotes"),
        ("[1,2]\n3\n[True]\n3\n", "case 2, nums (line 3)", "write true, false and null"),
        ("[1,2.5]\n3\n", "case 1, nums (line 1)", "item 2: expected an integer"),
        ("{}\n3\n", "case 1, nums (line 1)", "expected a list, got an object"),
    ],
)
def test_bad_fields_are_named_with_what_to_write(two_sum, raw, where, says):
    with pytest.raises(CustomInputError) as info:
        parse_cases(two_sum, raw)
    ((got_where, message),) = info.value.problems
    assert got_where == where and says in message
    assert str(info.value).startswith("custom input: ")


def test_every_bad_field_is_reported_at_once(two_sum):
    with pytest.raises(CustomInputError) as info:
        parse_cases(two_sum, '"x"\n1\n[1]\nnope\n')
    assert [w for w, _ in info.value.problems] == [
        "case 1, nums (line 1)",
        "case 2, target (line 4)",
    ]


def test_too_many_cases_are_refused(two_sum):
    with pytest.raises(CustomInputError, match=f"at most {MAX_CASES}"):
        parse_cases(two_sum, "[1,2]\n3\n" * (MAX_CASES + 1))


def test_types_of_the_bank():
    assert type_error([3, 9, 20, None, None, 15, 7], "TreeNode") is None
    assert type_error([1, None], "ListNode") == "item 2: expected an integer, got null"
    assert type_error([["a"], []], "list[list[str]]") is None
    assert type_error(True, "int") == "expected an integer, got true/false"
    assert type_error(3, "float") is None and type_error({"k": 1}, "any") is None


def test_design_cases_are_operations_and_argument_lists(lru):
    (case,) = parse_cases(lru, '["LRUCache","put","get"]\n[[2],[1,1],[1]]')
    assert case.input["operations"] == ["LRUCache", "put", "get"]
    raw = '["LRUCache","put","pop","get"]\n[[2],[1],[],["k"]]'
    with pytest.raises(CustomInputError) as info:
        parse_cases(lru, raw)
    messages = [m for _, m in info.value.problems]
    assert "item 2 (put): takes 2 argument(s), got 1" in messages
    assert any("unknown operation 'pop'" in m for m in messages)
    assert "item 4 (get), key: expected an integer, got a string" in messages
    with pytest.raises(CustomInputError, match="must start with 'LRUCache'"):
        parse_cases(lru, '["put"]\n[[1,1]]')


@pytest.mark.parametrize(("language", "source"), [("python", GOOD), ("cpp", CPP)])
def test_custom_cases_are_judged_against_the_reference(grader, two_sum, language, source):
    cases = parse_cases(two_sum, "[2,7,11,15]\n9\n[1,5,9]\n14\n")
    r = grader.grade(two_sum, source, language=language, include_hidden=False, custom=cases)
    assert r.verdict is Verdict.AC, r.to_dict()
    names = [t.name for t in r.tests]
    assert names[-2:] == ["custom-1", "custom-2"] and not any(t.hidden for t in r.tests)
    assert len(names) == len(two_sum.visible_tests) + 2
    assert r.tests[-1].expected == [1, 2] and r.tests[-1].output == [1, 2]


def test_a_wrong_answer_on_a_custom_case_shows_the_references_output(grader, two_sum):
    cases = parse_cases(two_sum, "[1,5,9]\n14\n")
    wrong = "def two_sum(nums, target):\n    print('dbg')\n    return [0, 1]\n"
    r = grader.grade(two_sum, wrong, include_hidden=False, custom=cases)
    custom = r.tests[-1]
    assert custom.name == "custom-1" and custom.verdict is Verdict.WA
    assert custom.expected == [1, 2] and custom.output == [0, 1] and custom.stdout == "dbg\n"


def test_an_input_the_reference_cannot_answer_is_outside_the_constraints(grader, two_sum):
    cases = parse_cases(two_sum, "[1,2]\n100\n")  # no pair: the reference returns []
    r = grader.grade(two_sum, GOOD, include_hidden=False, custom=cases)
    assert r.tests[-1].expected == []
    big = two_sum.model_copy(
        update={"reference": {"python": "def two_sum(nums, target):\n    while True: pass\n"}}
    )
    with pytest.raises(CustomInputError, match="outside the problem's constraints"):
        grader.grade(big, GOOD, include_hidden=False, custom=cases)


def test_custom_design_case_in_python(grader, lru):
    (case,) = parse_cases(
        lru, '["LRUCache","put","put","get","put","get"]\n[[1],[1,1],[2,2],[1],[3,3],[3]]'
    )
    source = lru.reference["python"]
    r = grader.grade(lru, source, include_hidden=False, custom=[case])
    assert r.verdict is Verdict.AC and r.tests[-1].expected == [None, None, None, -1, None, 3]


def test_compile_errors_lose_the_harness_lines_and_the_interviewer_quotes_the_error(
    grader, two_sum
):
    from interview_kernel.interviewer import Interviewer

    broken = CPP.replace("return {it->second, i};", "return x;")
    r = grader.grade(two_sum, broken, language="cpp")
    assert r.verdict is Verdict.CE and "main.cpp" not in r.compile_output
    assert "solution.cpp:" in r.compile_output and "error" in r.compile_output
    said = Interviewer(two_sum, "rule").on_result(r) or ""
    assert "The first message is: solution.cpp:" in said and "error" in said
