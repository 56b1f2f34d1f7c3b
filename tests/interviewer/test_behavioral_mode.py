"""Behavioural mode: the question bank, STAR analysis, follow-ups and the chat flow."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview_kernel.errors import InterviewError, ProblemFormatError
from interview_kernel.interviewer import BehavioralInterviewer, create_interviewer
from interview_kernel.interviewer.behavioral import (
    FOCUS_AREAS,
    Question,
    analyze_star,
    follow_up_questions,
)
from interview_kernel.interviewer.catalog import load_questions, questions_for

STAR_ANSWER = """\
At my previous company, our checkout service kept timing out during big sales, and we were
losing orders. I was responsible for its reliability that quarter, so it was up to me to fix it.
First I measured where the time went and found one slow database query behind most timeouts.
Then I added an index, put a small cache in front of the price lookup, and I wrote a load test
that runs before every release so we would catch it earlier. I also explained the change to the
support team so they knew what to watch for. As a result, p99 latency dropped from 2 seconds to
300 ms and we had zero timeouts during the next sale, which saved about 40 support tickets a day.
"""

WE_ANSWER = """\
Last year our team had a messy migration. We planned it together and we split the work. We
talked to the other teams and we moved the services one at a time. We finished on time and
we were happy with it.
"""

NO_RESULT = """\
When I was working at a startup, the deploys were flaky. My goal was to make them reliable.
I investigated the failures, I wrote a script to retry the slow steps and I documented it.
"""


@pytest.fixture(scope="module")
def questions() -> list[Question]:
    return load_questions()


def test_bank_has_twenty_questions_covering_every_focus(questions: list[Question]) -> None:
    assert len(questions) >= 20
    assert len({q.id for q in questions}) == len(questions)
    covered = {f for q in questions for f in q.focus}
    assert covered == set(FOCUS_AREAS)
    for q in questions:
        assert q.text.endswith(("?", "."))
        assert q.follow_ups


def test_questions_for_focus() -> None:
    conflict = questions_for("conflict")
    assert conflict and all("conflict" in q.focus for q in conflict)


def test_full_star_answer(questions: list[Question]) -> None:
    a = analyze_star(STAR_ANSWER)
    assert a.missing == []
    flat = " ".join(STAR_ANSWER.split())
    for part in a.parts:
        assert part.found and part.quote.rstrip("…") in flat, part
    assert "previous company" in a.part("situation").quote
    assert "responsible" in a.part("task").quote
    assert a.part("action").quote.startswith(("First I", "Then I"))
    assert "As a result" in a.part("result").quote
    assert "300 ms" in a.quantified
    assert a.i_count > a.we_count
    assert a.score >= 85
    assert a.feedback[0].startswith("Clear situation, task, action, result")


def test_we_heavy_answer_is_flagged() -> None:
    a = analyze_star(WE_ANSWER)
    assert a.i_count == 0 and a.we_count >= 6
    assert a.ownership == 0.0
    assert any('"we"' in f for f in a.feedback)
    assert any("which part was yours" in q for q in follow_up_questions(a, limit=10))
    assert not a.part("action").found  # nothing the candidate did personally


def test_missing_result_is_reported_and_asked_for() -> None:
    a = analyze_star(NO_RESULT)
    assert a.part("situation").found and a.part("task").found and a.part("action").found
    assert a.missing == ["result"]
    assert a.quantified == ""
    assert "How did it turn out in the end?" in a.follow_ups
    assert any("outcome" in f for f in a.feedback)
    assert a.score < analyze_star(STAR_ANSWER).score


def test_unquantified_result_gets_a_number_question() -> None:
    answer = NO_RESULT + " In the end the deploys became reliable and the team trusted them again."
    a = analyze_star(answer)
    assert a.part("result").found and not a.quantified
    assert "Can you put a number on the result?" in follow_up_questions(a, limit=10)


def test_length_feedback() -> None:
    short = analyze_star("I fixed a bug.")
    assert short.words == 4 and short.score <= 30
    assert any("short" in f for f in short.feedback)
    long = analyze_star(STAR_ANSWER * 8)
    assert any("long" in f for f in long.feedback)


def test_empty_answer() -> None:
    a = analyze_star("")
    assert a.missing == ["situation", "task", "action", "result"]
    assert a.score == 0 and a.words == 0


def test_question_focus_and_follow_ups_are_used(questions: list[Question]) -> None:
    q = next(q for q in questions if q.id == "learn-fast")
    off = analyze_star(STAR_ANSWER, q)
    assert any("about growth" in f for f in off.feedback)
    on = analyze_star(
        STAR_ANSWER + " I had never used a profiler, so I had to learn it quickly.", q
    )
    assert on.focus_evidence and on.score > off.score
    assert q.follow_ups[0] in follow_up_questions(on, q, limit=5)


def test_interview_flow_with_follow_up_and_score(questions: list[Question]) -> None:
    iv = BehavioralInterviewer(questions, count=2, seed=7, backend="rule")
    first_q, second_q = iv.questions
    opening = iv.opening()
    assert first_q.text in opening and "2 questions" in opening
    follow = iv.reply(NO_RESULT)  # missing result: one follow-up on the gap
    assert "How did it turn out" in follow
    nxt = iv.reply(
        "As a result the failed deploys dropped by 80% and releases went from weekly to daily."
    )
    assert second_q.text in nxt
    assert iv.analyses[0] is not None and iv.analyses[0].missing == []
    end = iv.reply(STAR_ANSWER)
    assert "That's all my questions" in end and "out of 100" in end
    report = iv.report()
    assert report.mode == "behavioral" and report.phase == "wrap_up"
    assert report.score is not None and report.score > 50
    assert len(report.details["questions"]) == 2
    assert report.details["questions"][0]["analysis"]["parts"]["result"]["found"]
    assert iv.reply("anything else?").startswith("We're done")


def test_flow_handles_empty_repeat_skip_hint_and_done(questions: list[Question]) -> None:
    iv = BehavioralInterviewer(questions, count=3, seed=1, backend="rule")
    iv.opening()
    q0 = iv.questions[0].text
    assert q0 in iv.reply("")
    assert q0 in iv.reply("Could you repeat the question?")
    assert "Pick one concrete story" in iv.reply("I'm stuck, any hint?")
    assert iv.questions[1].text in iv.reply("skip")
    assert "That's all my questions" in iv.reply("I'm done")


def test_focus_filter_and_unknown_focus(questions: list[Question]) -> None:
    iv = BehavioralInterviewer(questions, focus="empathy", count=10, seed=3, backend="rule")
    assert all("empathy" in q.focus for q in iv.questions)
    with pytest.raises(InterviewError, match="no behavioural questions"):
        BehavioralInterviewer([], backend="rule")
    with pytest.raises(InterviewError, match="unknown focus area"):
        create_interviewer("behavioral", "bravery", backend="rule")
    assert isinstance(
        create_interviewer("behavioral", "growth", backend="rule"), BehavioralInterviewer
    )


def test_bad_question_file_reads_as_an_instruction(tmp_path: Path) -> None:
    (tmp_path / "behavioral").mkdir()
    (tmp_path / "behavioral" / "questions.yaml").write_text(
        "- id: q1\n  text: Why?\n  focus: [bravery]\n"
    )
    with pytest.raises(ProblemFormatError, match=r"questions.yaml: \[0\]\.focus"):
        load_questions(dirs=[tmp_path])


def test_clock_shortens_the_interview(questions: list[Question]) -> None:
    iv = BehavioralInterviewer(questions, count=4, seed=2, backend="rule", duration_seconds=1200)
    iv.opening()
    assert iv.on_tick(600) is None  # half time: nothing to say
    five = iv.on_tick(900)
    assert five is not None and "last question" in five
    assert len(iv.questions) == 1
    end = iv.reply(STAR_ANSWER)  # complete STAR: no follow-up, and it was the last question
    assert "That's all my questions" in end
    assert iv.finished and iv.on_tick(1200) is None


def test_time_up_ends_the_interview(questions: list[Question]) -> None:
    iv = BehavioralInterviewer(questions, count=3, seed=2, backend="rule", duration_seconds=600)
    iv.opening()
    up = iv.on_tick(700)
    assert up is not None and "out of time" in up and iv.finished


CONFLICT_ANSWER = """\
Two years ago I joined a payments team as the only backend engineer. Our tech lead wanted to
rewrite the billing service in Go, while I thought the real problem was missing tests. I needed
to convince him without turning it into a fight. I asked for a one-on-one, listened to his
reasons, and then showed him data from our incident log: 70% of outages came from untested edge
cases. We agreed to spend two sprints on tests first. I wrote the test harness and paired with
two colleagues on the riskiest modules. Incidents fell by half over the next quarter, and the
rewrite was postponed indefinitely. I learned that bringing data to a disagreement changes the
conversation.
"""


def test_result_prefers_the_outcome_over_the_reflection() -> None:
    a = analyze_star(CONFLICT_ANSWER)
    assert a.missing == []
    assert a.part("situation").quote.startswith("Two years ago I joined")
    assert a.part("result").quote.startswith("Incidents fell by half")
    assert a.quantified.startswith("Incidents fell by half")  # not the 70% in the setup


def test_reflection_alone_still_counts_as_a_result() -> None:
    a = analyze_star(NO_RESULT + " I learned to measure before changing anything.")
    assert a.part("result").found and "learned" in a.part("result").quote
