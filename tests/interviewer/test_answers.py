"""The coding interviewer answers the question asked: clarifications, approach trade-offs, stuck."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache

import pytest

from interview_kernel import load_problem
from interview_kernel.interviewer import Interviewer, Turn
from interview_kernel.interviewer.approach import facts, number
from interview_kernel.interviewer.intents import (
    Intent,
    asked_approach,
    is_question,
    match_clarification,
)
from interview_kernel.interviewer.turns import Message
from interview_kernel.problem import Clarification, Problem


@cache
def _p(pid: str) -> Problem:
    return load_problem(pid)


def _iv(pid: str) -> Interviewer:
    return Interviewer(_p(pid), backend="rule")


def _answer(pid: str, about: str) -> str:
    return next(c.answer for c in _p(pid).clarifications if c.about == about)


# -- routing to the authored clarifications -------------------------------------------------


def test_a_specific_topic_outranks_a_generic_one() -> None:
    cs = [
        Clarification(about="output", ask=["return", "output"], answer="A list of lists."),
        Clarification(about="empty", ask=["empty"], answer="An empty list gives []."),
    ]
    assert match_clarification("What should I return for an empty input?", cs) is cs[1]
    assert match_clarification("What should I return?", cs) is cs[0]
    assert match_clarification("Can we start now?", cs) is None


def test_longer_phrases_weigh_more_and_cue_words_find_the_topic() -> None:
    cs = [
        Clarification(about="edge", ask=["single"], answer="One word is one group."),
        Clarification(about="empty", ask=["empty string"], answer="The empty word is valid."),
        Clarification(about="duplicates", ask=["same word"], answer="Duplicates stay."),
    ]
    assert match_clarification("Is a single empty string allowed?", cs) is cs[1]
    # no authored phrase, but "repeat" is a cue word of the duplicates topic
    assert match_clarification("Can words repeat?", cs) is cs[2]


def test_the_reply_is_the_authored_answer_and_the_phase_stays() -> None:
    iv = _iv("group-anagrams")
    assert iv.reply("Does the order of the groups matter?") == _answer("group-anagrams", "order")
    assert iv.last_intent == Intent.CLARIFY.value
    assert iv.report().intents == {"clarify": 1}
    assert iv.phase.value == "introduction"


def test_constraints_are_the_fallback_only_when_nothing_matches() -> None:
    bare = _p("two-sum").model_copy(update={"clarifications": []})
    iv = Interviewer(bare, backend="rule")
    text = iv.reply("Can the list contain duplicates?")
    assert "The constraints are" in text and iv.last_intent == "clarify_constraints"
    iv = _iv("two-sum")
    text = iv.reply("Can the list contain duplicates?")
    assert text == _answer("two-sum", "duplicates")


def test_asking_for_the_constraints_lists_them_with_the_answer_in_focus() -> None:
    text = _iv("two-sum").reply("What are the constraints? Can values be negative?")
    assert "2 <= len(nums) <= 10^5" in text
    assert "On your question: " + _answer("two-sum", "range") in text


def test_a_walk_through_of_the_examples_is_not_taken_for_a_clarification() -> None:
    iv = _iv("queens-on-a-damaged-board")
    text = iv.reply("Can you walk me through an example?")
    assert "visible examples" in text and iv.last_clarification is None


@pytest.mark.parametrize(
    ("message", "question"),
    [
        ("Does the order matter", True),
        ("in which order should they be?", True),
        ("I wonder whether duplicates can occur.", True),
        ("I will use a dictionary.", False),
        ("", False),
    ],
)
def test_is_question(message: str, question: bool) -> None:
    assert is_question(message) is question


@pytest.mark.parametrize(
    ("message", "techniques"),
    [
        ("Can I sort each word?", ["sorting"]),
        ("Would a counting array be better?", ["counting array"]),
        ("would a heap be faster than sorting everything?", ["sorting", "heap"]),
        ("Could a bucket array work here?", ["counting array"]),
        ("Is two pointers OK here?", ["two pointers"]),
        ("Is the input sorted?", []),  # about the input, not a step to take
        ("Can I assume the list is sorted?", []),
        ("Should I sort the output?", []),  # about the answer's order
        ("Could the set of words be empty?", []),
        ("I'll sort it first.", []),  # a plan, not a question
    ],
)
def test_asked_approach(message: str, techniques: list[str]) -> None:
    assert asked_approach(message) == techniques


# -- approach questions ------------------------------------------------------------------


def test_sorting_is_weighed_against_a_linear_target() -> None:
    text = _iv("two-sum").reply("Can I sort the array first?")
    assert "O(n log n) is above the O(n)" in text
    assert "original positions" in text  # two-sum answers with indices


def test_sorting_fits_an_n_log_n_target() -> None:
    text = _iv("merge-intervals").reply("Can I sort the intervals first?")
    assert "O(n log n) matches the O(n log n) target" in text


def test_sorting_each_word_is_a_per_item_cost() -> None:
    text = _iv("group-anagrams").reply("Can I sort each word?")
    assert "O(k log k)" in text and "O(n k log k)" in text


def test_a_counting_array_needs_a_small_alphabet_which_this_problem_has() -> None:
    text = _iv("group-anagrams").reply("Would a counting array be better?")
    assert "26 lowercase letters" in text and "small and fixed" in text


def test_a_counting_array_over_a_wide_value_range_is_ruled_out() -> None:
    text = _iv("longest-consecutive-sequence").reply("Would a counting array be better?")
    assert "-10^9 and 10^9" in text and "far too many slots" in text


def test_two_pointers_and_binary_search_depend_on_sorted_input() -> None:
    assert "not sorted" in _iv("longest-consecutive-sequence").reply("Can I use two pointers?")
    assert "already arrives sorted" in _iv("binary-search").reply("Is binary search OK here?")


def test_a_hash_map_against_a_constant_space_target() -> None:
    text = _iv("single-number").reply("Can I use a hash map?")
    assert "above this problem's O(1) space target" in text


def test_is_quadratic_ok_gets_the_numbers() -> None:
    text = _iv("two-sum").reply("Is O(n^2) OK?")
    assert "O(n)" in text and "10^10" in text and "too slow" in text
    assert "well within" in _iv("max-points-on-a-line").reply("Is O(n^2) fine?")


@pytest.mark.parametrize(
    ("pid", "question"),
    [
        ("group-anagrams", "Can I sort each word?"),
        ("group-anagrams", "Would a counting array be better?"),
        ("two-sum", "Would a hash map be better than a nested loop?"),
        ("top-k-frequent", "Would a heap be better than sorting?"),
        ("coin-change", "Would a DP table be better than recursion?"),
    ],
)
def test_an_approach_reply_gives_no_hint_and_costs_none(pid: str, question: str) -> None:
    iv = _iv(pid)
    text = iv.reply(question)
    assert iv.last_intent == "approach" and iv.hints_used == 0
    for hint in _p(pid).hints:
        assert hint not in text
    assert "That's your call" not in text


def test_facts_read_from_the_statement() -> None:
    f = facts(_p("two-sum"))
    assert (f.size, f.low, f.high, f.indices, f.time) == (10**5, -(10**9), 10**9, True, "O(n)")
    g = facts(_p("group-anagrams"))
    assert g.alphabet_size == 26 and g.sorted_input is None
    assert facts(_p("binary-search")).sorted_input is True
    assert facts(_p("merge-intervals")).sorted_input is False
    # an ordered answer ("return the triples sorted") says nothing about the input
    assert facts(_p("three-sum")).sorted_input is None
    assert facts(_p("search-rotated-sorted-array")).sorted_input is None
    assert number("5 * 10^4") == 50000 and number("__import__('os')") is None


# -- stuck ---------------------------------------------------------------------------------


@pytest.mark.parametrize("pid", ["group-anagrams", "two-sum"])
def test_stuck_climbs_the_ladder_then_rephrases_and_never_repeats(pid: str) -> None:
    iv = _iv(pid)
    replies = [iv.reply("I'm stuck") for _ in range(16)]
    assert len(set(replies)) == len(replies)
    assert iv.hints_used == len(_p(pid).hints)
    for i, hint in enumerate(_p(pid).hints):
        assert f"Hint {i + 1} of" in replies[i + 1] and hint in replies[i + 1]


def test_stuck_without_a_ladder_never_repeats_either() -> None:
    iv = Interviewer(_p("two-sum").model_copy(update={"hints": []}), backend="rule")
    replies = [iv.reply(m) for m in ["I'm stuck", "hint", "still stuck"] * 5]
    assert len(set(replies)) == len(replies)
    assert iv.hints_used == 0


# -- a model phrases the same decision -------------------------------------------------------


class _Recorder:
    """A backend that records the turns it is asked to phrase and says them as they are."""

    name = "recorder"

    def __init__(self) -> None:
        self.turns: list[Turn] = []

    def phrase(self, turn: Turn, history: Sequence[Message]) -> Iterator[str]:
        self.turns.append(turn)
        yield turn.text


def test_a_backend_is_handed_the_clarification_and_the_approach_reply() -> None:
    rec = _Recorder()
    iv = Interviewer(_p("group-anagrams"), backend=rec)
    iv.reply("Is an empty string valid?")
    iv.reply("Would a counting array be better?")
    assert [t.kind for t in rec.turns] == ["clarify", "approach"]
    assert rec.turns[0].text == _answer("group-anagrams", "empty")
    assert "26 lowercase letters" in rec.turns[1].text


def test_a_complexity_said_in_words_is_weighed_like_a_written_one() -> None:
    iv = _iv("two-sum")
    text = iv.reply("Is a quadratic solution acceptable?")
    assert iv.last_intent == "complexity"
    assert "O(n^2) would work" in text and "10^10" in text
    assert "O(n) time is what I'd hope for" in iv.reply("Would linear time be expected?")
