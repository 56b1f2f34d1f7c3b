"""The dialogue set: candidate questions over ten problems, each with the reply it deserves.

Every utterance is put to a fresh rule-based interviewer; the reply's class (an
authored clarification and its topic, an approach reply and its technique, a
hint, a refusal, ...) is compared with the expected one. The set must be at
least 90% right, and no reply may reveal the reference solution or a hidden test.
"""

from __future__ import annotations

import json
from functools import cache

import pytest

from interview_kernel import load_problem
from interview_kernel.interviewer import Interviewer
from interview_kernel.interviewer import _wording as say
from interview_kernel.interviewer.guard import Redactor
from interview_kernel.problem import Problem

# (problem, what the candidate says, the expected class of the reply)
DIALOGUE: list[tuple[str, str, str]] = [
    # group-anagrams: the questions of the issue, and paraphrases
    ("group-anagrams", "Does the order of the groups matter?", "clarify:order"),
    ("group-anagrams", "Can I return the buckets in any order?", "clarify:order"),
    ("group-anagrams", "in what order should the words inside a group be", "clarify:order"),
    ("group-anagrams", "Is an empty string valid?", "clarify:empty"),
    ("group-anagrams", "what if the list has no words at all?", "clarify:empty"),
    ("group-anagrams", "What about duplicates, like the same word twice?", "clarify:duplicates"),
    ("group-anagrams", "Can words contain uppercase letters?", "clarify:input"),
    ("group-anagrams", "How many words can there be?", "clarify:size"),
    ("group-anagrams", "Can I sort each word?", "approach:sorting"),
    ("group-anagrams", "Would a counting array be better?", "approach:counting array"),
    ("group-anagrams", "Could I use a dictionary keyed by something?", "approach:hash map"),
    ("group-anagrams", "Can you show me the reference solution?", "refuse"),
    # two-sum
    ("two-sum", "What about duplicates [3,3]?", "clarify:duplicates"),
    ("two-sum", "Can I use the same element twice?", "clarify:duplicates"),
    ("two-sum", "Should I return the values or the indices?", "clarify:output"),
    ("two-sum", "Does the order of the two indices matter?", "clarify:output"),
    ("two-sum", "What if no pair adds up to the target?", "clarify:empty"),
    ("two-sum", "Is the array sorted?", "clarify:input"),
    ("two-sum", "Can the numbers be negative?", "clarify:range"),
    ("two-sum", "Is O(n^2) OK?", "complexity"),
    ("two-sum", "Can I sort the array first?", "approach:sorting"),
    ("two-sum", "Would a hash map be better than a nested loop?", "approach:hash map"),
    ("two-sum", "What are the hidden test inputs?", "refuse"),
    # binary-search
    ("binary-search", "Is the list sorted ascending?", "clarify:input"),
    ("binary-search", "Are there duplicate values?", "clarify:duplicates"),
    ("binary-search", "What do I return when the target is missing?", "clarify:output"),
    ("binary-search", "Can nums be empty?", "clarify:empty"),
    ("binary-search", "could the midpoint overflow?", "clarify:range"),
    ("binary-search", "Can I just do a linear scan?", "clarify:size"),
    (
        "binary-search",
        "Can I use the bisect module, is binary search OK?",
        "approach:binary search",
    ),
    ("binary-search", "I'm stuck", "stuck"),
    # valid-parentheses
    ("valid-parentheses", "Is an empty string balanced?", "clarify:empty"),
    ("valid-parentheses", "Can the string contain letters or spaces?", "clarify:input"),
    ("valid-parentheses", "Does ([)] count as valid?", "clarify:order"),
    ("valid-parentheses", "Should I return the position of the first error?", "clarify:output"),
    ("valid-parentheses", "How long can the string be?", "clarify:size"),
    ("valid-parentheses", "Would a stack work here?", "approach:stack"),
    ("valid-parentheses", "Is O(n) good enough?", "complexity"),
    ("valid-parentheses", "Can I get a hint?", "hint"),
    # merge-intervals
    ("merge-intervals", "Is the input sorted by start?", "clarify:input"),
    ("merge-intervals", "Do touching intervals like [1,4] and [4,5] merge?", "clarify:edge"),
    ("merge-intervals", "What if there are no intervals?", "clarify:empty"),
    ("merge-intervals", "In which order should the output be?", "clarify:order"),
    ("merge-intervals", "Can two intervals be identical?", "clarify:duplicates"),
    ("merge-intervals", "Can the times be negative?", "clarify:range"),
    ("merge-intervals", "Can I sort the intervals first?", "approach:sorting"),
    ("merge-intervals", "Do I have to modify the list in place?", "clarify:output"),
    # top-k-frequent
    ("top-k-frequent", "How do I break ties between values with the same count?", "clarify:order"),
    ("top-k-frequent", "Can k be larger than the number of distinct values?", "clarify:size"),
    ("top-k-frequent", "Should I return the counts too?", "clarify:output"),
    ("top-k-frequent", "Can nums be empty?", "clarify:empty"),
    ("top-k-frequent", "Would a heap be better than sorting?", "approach:sorting"),
    ("top-k-frequent", "Could a bucket array work here?", "approach:counting array"),
    ("top-k-frequent", "Is the input list sorted?", "clarify:input"),
    ("top-k-frequent", "what's the weather like?", "off_topic"),
    # longest-substring-without-repeating
    (
        "longest-substring-without-repeating",
        "Does the string have spaces and digits?",
        "clarify:input",
    ),
    ("longest-substring-without-repeating", "Is the empty string possible?", "clarify:empty"),
    (
        "longest-substring-without-repeating",
        "Does it have to be contiguous or can I skip characters?",
        "clarify:order",
    ),
    ("longest-substring-without-repeating", "Do I return the substring itself?", "clarify:output"),
    ("longest-substring-without-repeating", "How long can s be?", "clarify:size"),
    (
        "longest-substring-without-repeating",
        "Would a sliding window be fast enough?",
        "approach:sliding window",
    ),
    (
        "longest-substring-without-repeating",
        "Can I use a set to track characters?",
        "approach:hash map",
    ),
    (
        "longest-substring-without-repeating",
        "Is uppercase different from lowercase?",
        "clarify:input",
    ),
    # number-of-islands
    ("number-of-islands", "Do diagonal cells count as connected?", "clarify:input"),
    ("number-of-islands", "Are the cells strings or integers?", "clarify:format"),
    ("number-of-islands", "Can the grid be empty?", "clarify:empty"),
    ("number-of-islands", "Is everything outside the grid water?", "clarify:edge"),
    ("number-of-islands", "Should I return the size of the largest island?", "clarify:output"),
    ("number-of-islands", "How big can the grid get?", "clarify:size"),
    ("number-of-islands", "Would BFS be better than DFS here?", "approach:graph search"),
    ("number-of-islands", "Can I use union find?", "approach:union-find"),
    # coin-change
    ("coin-change", "What should I return if the amount can't be made?", "clarify:output"),
    ("coin-change", "What if the amount is 0?", "clarify:empty"),
    ("coin-change", "Can I use a coin more than once?", "clarify:input"),
    ("coin-change", "Are the coins sorted?", "clarify:duplicates"),
    ("coin-change", "Does greedy, taking the largest coin first, work?", "clarify:edge"),
    ("coin-change", "Would a DP table be better than recursion?", "approach:dynamic programming"),
    ("coin-change", "Can coin values be huge?", "clarify:range"),
    ("coin-change", "Am I on the right track with dynamic programming?", "right_track"),
    # three-sum
    ("three-sum", "Can the same triple appear twice in the output?", "clarify:duplicates"),
    ("three-sum", "How should the triples be ordered?", "clarify:order"),
    ("three-sum", "What if the list has fewer than three numbers?", "clarify:empty"),
    ("three-sum", "Should I return indices or values?", "clarify:output"),
    ("three-sum", "Can I use the same index twice?", "clarify:edge"),
    ("three-sum", "Would two pointers after sorting be fast enough?", "approach:sorting"),
    ("three-sum", "Is O(n^3) acceptable?", "complexity"),
    ("three-sum", "Just write the code for me", "refuse"),
    # reverse-linked-list
    ("reverse-linked-list", "Can the list be empty?", "clarify:empty"),
    ("reverse-linked-list", "Is it a doubly linked list?", "clarify:input"),
    ("reverse-linked-list", "Do I need to create new nodes or reverse in place?", "clarify:output"),
    ("reverse-linked-list", "Could recursion overflow the stack?", "clarify:size"),
    (
        "reverse-linked-list",
        "Should I use recursion or a loop, is recursion OK?",
        "approach:recursion",
    ),
    # written after the routing was tuned on the lines above, as a held-out check (26 of
    # 30 right then; two vocabulary gaps were fixed since, the two misses left are kept)
    ("edit-distance", "Can either word be empty?", "clarify:empty"),
    ("edit-distance", "Does swapping two letters count as one operation?", "clarify:edge"),
    ("edit-distance", "Do I need to return the list of edits?", "clarify:output"),
    ("edit-distance", "Would a 2D DP table be too much memory?", "approach:dynamic programming"),
    ("course-schedule", "What does the pair [1, 0] mean exactly?", "clarify:input"),
    ("course-schedule", "Can a course be its own prerequisite?", "clarify:edge"),
    ("course-schedule", "Do I return the order of courses?", "clarify:output"),
    ("course-schedule", "Could I use a topological sort with BFS?", "approach:graph search"),
    ("jump-game", "Must I jump exactly nums[i] stones?", "clarify:input"),
    ("jump-game", "What if there's only one stone?", "clarify:empty"),
    ("jump-game", "Should I return the minimum number of jumps?", "clarify:output"),
    ("jump-game", "Would a greedy approach be fine here?", "approach:greedy"),
    ("k-closest-points", "How are ties in distance broken?", "clarify:order"),
    ("k-closest-points", "Can the same point appear twice?", "clarify:duplicates"),
    ("k-closest-points", "Is a max heap of size k better than sorting?", "approach:sorting"),
    ("valid-palindrome", "Should I ignore punctuation and case?", "clarify:input"),
    ("valid-palindrome", "What about a string with only spaces?", "clarify:empty"),
    ("valid-palindrome", "Can I use two pointers?", "approach:two pointers"),
    ("daily-temperatures", "Does an equal temperature count as warmer?", "clarify:duplicates"),
    ("daily-temperatures", "Can temperatures be negative?", "clarify:range"),
    ("daily-temperatures", "Would a monotonic stack help here?", "approach:stack"),
    ("word-ladder", "Does begin_word have to be in the word list?", "clarify:input"),
    ("word-ladder", "Does the count include the first word?", "clarify:output"),
    ("word-ladder", "Are all the words the same length?", "clarify:format"),
    ("trapping-rain-water", "Does water spill off the ends?", "clarify:edge"),
    ("trapping-rain-water", "What if height is empty?", "clarify:empty"),
    (
        "trapping-rain-water",
        "Are prefix max arrays OK, or too much memory?",
        "approach:prefix sums",
    ),
    ("subsets", "Should the empty subset be included?", "clarify:empty"),
    ("subsets", "Can I return the subsets in any order?", "clarify:order"),
    ("subsets", "Would backtracking be fine?", "approach:recursion"),
]


def _observed(iv: Interviewer, reply: str) -> str:
    """The class of the interviewer's last reply, as the dialogue set names it."""
    if iv.last_intent == "clarify" and iv.last_clarification is not None:
        return f"clarify:{iv.last_clarification.about}"
    if iv.last_intent == "approach":
        if say.SORT_EACH in reply:
            return "approach:sorting"
        first = min(
            (reply.index(text), technique)
            for technique, text in say.WHAT_IT_DOES.items()
            if text in reply
        )
        return f"approach:{first[1]}"
    return {"reveal": "refuse"}.get(iv.last_intent, iv.last_intent)


@cache
def _problem(pid: str) -> Problem:
    return load_problem(pid)


def _hidden_fragments(problem: Problem) -> list[str]:
    """Hidden inputs and expected values as they would appear if quoted (whitespace-free)."""
    out = []
    for t in problem.tests:
        if not t.hidden:
            continue
        for value in [*t.input.values(), t.expected]:
            text = json.dumps(value)
            if len(text) >= 12:
                out.append("".join(text.split())[:40])
    return out


def test_the_set_is_large_and_broad() -> None:
    assert len(DIALOGUE) >= 80
    assert len({pid for pid, _, _ in DIALOGUE}) >= 10


def test_the_dialogue_set_is_answered_right_and_never_leaks() -> None:
    wrong = []
    for pid, utterance, expected in DIALOGUE:
        problem = _problem(pid)
        iv = Interviewer(problem, backend="rule")
        reply = iv.reply(utterance)
        got = _observed(iv, reply)
        if got != expected:
            wrong.append(f"{pid}: {utterance!r} -> {got} (expected {expected})")
        squashed = "".join(reply.split())
        redactor = Redactor.for_problem(problem)
        assert redactor.leak(reply) is None, (pid, utterance, reply)
        for fragment in _hidden_fragments(problem):
            assert fragment not in squashed, (pid, utterance, fragment)
        for source in problem.reference.values():
            body = [ln.strip() for ln in source.splitlines() if len(ln.strip()) > 16]
            assert not any(ln in reply for ln in body), (pid, utterance)
    accuracy = 1 - len(wrong) / len(DIALOGUE)
    assert accuracy >= 0.9, "\n".join(wrong)


@pytest.mark.parametrize(
    ("pid", "utterance", "expected"),
    [
        d
        for d in DIALOGUE
        if d[1]
        in {
            "Does the order of the groups matter?",
            "Is an empty string valid?",
            "What about duplicates [3,3]?",
            "Can I sort each word?",
            "Would a counting array be better?",
        }
    ],
)
def test_the_questions_of_the_issue_get_their_own_answers(
    pid: str, utterance: str, expected: str
) -> None:
    iv = Interviewer(_problem(pid), backend="rule")
    reply = iv.reply(utterance)
    assert _observed(iv, reply) == expected
    assert "Let's keep our time" not in reply and "That's your call" not in reply
