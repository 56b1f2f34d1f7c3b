"""The coding interviewer: the rule-based flow of a coding interview.

Code owns the interview: the phase, which hint comes next and that it is
counted, what a failing test may reveal (a visible test in full; a hidden one
only by its category), when the clock deserves a nudge, which follow-ups come
after an Accepted. A backend only phrases the resulting :class:`~.turns.Turn`.

A question is answered by the most specific source that fits: the problem's
authored clarifications (``clarifications:`` in problem.yaml, chosen by
:func:`.intents.match_clarification`), then a trade-off reply to a question about
a technique (:mod:`.approach`), then the generic handlers (the constraints, the
examples, the complexity target). "I'm stuck" climbs the hint ladder and, once it
is exhausted, rephrases in turn (:data:`._wording.EXHAUSTED`), never repeating itself.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from .. import bigo
from ..languages import offered
from ..result import GradeResult, TestResult, Verdict, first_compile_error
from . import _wording as say
from ._text import words
from .approach import approach_reply, constraints, facts, size_remark
from .backends import Backend
from .base import BaseInterviewer
from .guard import Redactor
from .intents import (
    Intent,
    asked_approach,
    classify,
    is_question,
    match_clarification,
    spoken_complexity,
)
from .turns import MAX_MESSAGE_CHARS, HintUse, InterviewContext, InterviewReport, Phase, Turn

if TYPE_CHECKING:
    from ..problem import Clarification, Problem

# Technique vocabulary: what a candidate may say, and the tags it stands for.
_TECHNIQUES: dict[str, tuple[str, ...]] = {
    "hashing": ("hash", "map", "dict", "dictionary", "set", "lookup", "look up", "seen", "table"),
    "sorting": ("sort", "sorted", "sorting"),
    "two pointers": ("two pointer", "two-pointer", "left and right", "both ends"),
    "binary search": ("binary search", "bisect", "halve"),
    "dynamic programming": ("dynamic programming", "dp", "memo", "memoise", "memoize", "tabulat"),
    "graphs": ("bfs", "dfs", "breadth", "depth", "graph", "visited", "topolog"),
    "heap": ("heap", "priority queue", "heapq"),
    "stack": ("stack", "monotonic"),
    "sliding window": ("sliding window", "window"),
    "greedy": ("greedy",),
    "recursion": ("recursion", "recursive", "backtrack"),
    "prefix sums": ("prefix sum", "prefix", "cumulative", "running sum"),
    "brute force": (
        "brute force",
        "brute-force",
        "nested loop",
        "every pair",
        "all pairs",
        "two loops",
    ),
}

_GENERIC_EDGE_CASES = {
    "empty": ("empty", "no elements", "zero length", "length 0"),
    "a single element": ("single", "one element", "length 1"),
    "duplicates": ("duplicate", "repeated", "same value"),
    "negative numbers": ("negative",),
    "very large values": ("large", "overflow", "big numbers", "max int"),
}

_FOLLOW_UPS = ("complexity", "edge_cases", "trade_offs")


def _techniques(text: str) -> set[str]:
    low = text.lower()
    found = set()
    for tag, cues in _TECHNIQUES.items():
        if any(re.search(r"\b" + re.escape(c), low) for c in cues):
            found.add(tag)
    return found


def _short(value: Any, limit: int = 160) -> str:
    try:
        s = json.dumps(value, default=repr)
    except (TypeError, ValueError):
        s = repr(value)
    return s if len(s) <= limit else s[: limit - 1] + "…"


_ROUTABLE = frozenset(
    {
        Intent.CLARIFY_CONSTRAINTS,
        Intent.CLARIFY_EXAMPLES,
        Intent.STATEMENT,
        Intent.OFF_TOPIC,
        Intent.COMPLEXITY,
    }
)
"""Intents whose question an authored clarification or an approach reply may answer better."""

_ABOUT_EXAMPLES = re.compile(
    r"\b(examples?|samples?)\b|walk (me )?through"
    r"|\b(explain|restate|repeat|rephrase|summari[sz]e)\b",
    re.IGNORECASE,
)
_ASKS_CONSTRAINTS = re.compile(r"\bconstraints?\b|\blimits\b", re.IGNORECASE)


class Interviewer(BaseInterviewer):
    """A coding interview on one problem, driven by code and phrased by a backend.

    Parameters
    ----------
    problem
        The problem; its ``reference`` and hidden tests never reach a message.
    backend
        A backend or its name (``"rule"``, ``"llm"``); default from the environment.
    duration_seconds
        The length of the interview, used when the clock is given as elapsed only.
    max_message_chars
        Candidate messages longer than this are cut.
    on_hint
        Called with each :class:`~.turns.HintUse` as it is given, so the caller can
        store and cost it (e.g. ``sessions.record_hint``).
    hide_difficulty
        Never name the problem's difficulty (a timed interview hides it, as a
        real interviewer would not announce "this one is easy").

    Examples
    --------
    >>> iv = Interviewer(load_problem("two-sum"), backend="rule")   # doctest: +SKIP
    >>> iv.opening()                                               # doctest: +SKIP
    >>> for chunk in iv.respond("Can I get a hint?"):             # doctest: +SKIP
    ...     print(chunk, end="")
    >>> iv.on_result(result)                                       # doctest: +SKIP
    >>> iv.on_tick(elapsed=900, remaining=900)                     # doctest: +SKIP
    >>> iv.report().hints_used                                     # doctest: +SKIP
    """

    mode = "coding"

    def __init__(
        self,
        problem: Problem,
        backend: Backend | str | None = None,
        *,
        duration_seconds: float | None = None,
        max_message_chars: int = MAX_MESSAGE_CHARS,
        on_hint: Callable[[HintUse], None] | None = None,
        hide_difficulty: bool = False,
    ):
        super().__init__(
            backend, Redactor.for_problem(problem), max_message_chars, duration_seconds
        )
        self.problem = problem
        self.on_hint = on_hint
        self.hide_difficulty = hide_difficulty
        self.phase = Phase.INTRODUCTION
        self.hint_log: list[HintUse] = []
        self.reveal_attempts = 0
        self.result: GradeResult | None = None
        self.complexity: dict[str, str] = {}
        self._stuck_count = 0
        self._same_failure = 0
        self._last_failure: str | None = None
        self._follow_ups_asked: list[str] = []
        self._follow_ups_answered = 0
        self._pending_follow_up: str | None = None
        self._done_asked = False
        self._facts = facts(problem)
        self._approach_turns = 0
        self._exhausted_turns = 0
        self.last_intent = ""
        """What the last candidate message was taken for (an :class:`Intent` value)."""
        self.last_clarification: Clarification | None = None
        """The authored clarification the last reply answered with, if any."""

    # -- accounting -----------------------------------------------------------------

    @property
    def hints_used(self) -> int:
        """How many rungs of the hint ladder the candidate has been given."""
        return len(self.hint_log)

    def resume_hints(self, given: int) -> None:
        """Carry on a resumed session's ladder: ``given`` rungs were handed out before a reload.

        The next hint is rung ``given + 1``, and nothing is costed again (the
        store already counted them, so :attr:`on_hint` is not called).
        """
        given = max(0, min(int(given), self.hints_available))
        while len(self.hint_log) < given:
            self.hint_log.append(HintUse(len(self.hint_log), "before the page was reloaded"))

    @property
    def hints_available(self) -> int:
        """How many hints the problem's ladder has."""
        return len(self.problem.hints)

    def report(self) -> InterviewReport:
        """Hints, refusals, follow-ups and the transcript, for scoring and the session report."""
        return InterviewReport(
            mode=self.mode,
            subject=self.problem.id,
            phase=self.phase.value,
            hints_used=self.hints_used,
            hints_available=self.hints_available,
            hint_log=list(self.hint_log),
            reveal_attempts=self.reveal_attempts,
            follow_ups_asked=len(self._follow_ups_asked),
            follow_ups_answered=self._follow_ups_answered,
            intents=dict(self.intents),
            transcript=list(self.transcript),
            details={
                "verdict": self.result.verdict.value if self.result else None,
                "complexity": dict(self.complexity),
            },
        )

    def hint(self, context: InterviewContext | None = None) -> Iterator[str]:
        """The next rung of the hint ladder, for a "Hint" button: counted like an asked hint.

        Streams like :meth:`respond`; the transcript records the candidate's request.
        """
        return self.respond("Hint, please.", context)

    # -- events -----------------------------------------------------------------------

    def on_result(
        self, result: GradeResult, complexity: Mapping[str, str] | None = None
    ) -> str | None:
        """React to a grading run (and optionally the complexity estimate that came with it).

        Returns
        -------
        str or None
            The interviewer's message for the chat (already in the transcript).
        """
        if complexity is not None:
            self.complexity = dict(complexity)
        return self._say_now(self._result_turn(result))

    def _on_result_event(self, context: InterviewContext) -> str | None:
        if context.elapsed is not None:
            self.elapsed = context.elapsed
        if context.result is None:
            return self._say_now(
                Turn("result", "The run did not finish; have another look and try again.")
            )
        # A new run makes the last measured complexity stale: forget it until the
        # probe of this run reports (it quoted the O(n^2) of a run since replaced).
        return self.on_result(context.result, complexity={})

    def on_complexity(self, estimate: Mapping[str, str]) -> str | None:
        """React to a complexity estimate like ``{"best": "O(n^2)", "target": "O(n)"}``.

        Returns a message only when the estimate is above the target.
        """
        self.complexity = dict(estimate)
        verdict = self._complexity_gap()
        if verdict is None:
            return None
        best, target = verdict
        return self._say_now(
            Turn(
                "complexity",
                f"Your code's measured growth looks like {best}, but this problem can be "
                f"solved in {target}. Can you find a faster approach?",
            )
        )

    # -- turns --------------------------------------------------------------------------

    def _opening_turn(self) -> Turn:
        p = self.problem
        minutes = (
            f" We have about {round(self.duration_seconds / 60)} minutes."
            if self.duration_seconds
            else f" Plan for about {p.estimated_minutes} minutes."
        )
        return Turn(
            "opening",
            f"Hi! Today's problem is **{p.title}**"
            + ("" if self.hide_difficulty else f" ({p.difficulty})")
            + ". Please read the statement "
            f"and the examples.{minutes} Before you code, ask me anything about the input or "
            "the constraints, then walk me through your approach and its complexity.",
        )

    def _absorb(self, context: InterviewContext) -> None:
        if context.complexity is not None:
            self.complexity = dict(context.complexity)
        if context.result is not None and context.result is not self.result:
            self._track_result(context.result)
        if context.elapsed is not None:
            self.elapsed = context.elapsed
        if context.remaining is not None:
            self.remaining = context.remaining

    def _decide(self, message: str, context: InterviewContext) -> Turn:
        self._absorb(context)
        intent = classify(message)
        answering = (
            self._pending_follow_up
            and intent
            in (
                Intent.STATEMENT,
                Intent.COMPLEXITY,
                Intent.CLARIFY_CONSTRAINTS,
                Intent.RIGHT_TRACK,
                Intent.OFF_TOPIC,
            )
            and not message.rstrip().endswith("?")
        )
        self.last_clarification = None
        if answering:
            self._count("follow_up_answer")
            return self._follow_up_answer(message)
        if intent in _ROUTABLE:
            routed = self._route(message, intent)
            if routed is not None:
                return routed
        self._count(intent.value)
        handler = {
            Intent.EMPTY: self._on_empty,
            Intent.REVEAL: self._on_reveal,
            Intent.HINT: self._on_hint,
            Intent.STUCK: self._on_stuck,
            Intent.CLARIFY_CONSTRAINTS: self._on_constraints,
            Intent.CLARIFY_EXAMPLES: self._on_examples,
            Intent.COMPLEXITY: self._on_complexity,
            Intent.RIGHT_TRACK: self._on_right_track,
            Intent.DONE: self._on_done,
            Intent.GREETING: self._on_greeting,
            Intent.OFF_TOPIC: self._on_off_topic,
            Intent.STATEMENT: self._on_statement,
        }[intent]
        return handler(message)

    def _count(self, intent: str) -> None:
        self.last_intent = intent
        self.intents[intent] += 1

    def _route(self, message: str, intent: Intent) -> Turn | None:
        """Answer from the authored clarifications or as an approach question, if either fits."""
        question = is_question(message)
        techniques = asked_approach(message) if question else []
        if techniques:
            self._count(Intent.APPROACH.value)
            return self._on_approach(message, techniques)
        if intent is Intent.COMPLEXITY:
            return None
        if question and spoken_complexity(message):
            self._count(Intent.COMPLEXITY.value)
            return self._on_complexity(message)
        if intent is Intent.CLARIFY_EXAMPLES and _ABOUT_EXAMPLES.search(message):
            return None
        if not question and intent not in (Intent.CLARIFY_CONSTRAINTS, Intent.CLARIFY_EXAMPLES):
            return None
        found = match_clarification(message, self.problem.clarifications)
        if found is None:
            return None
        self.last_clarification = found
        if _ASKS_CONSTRAINTS.search(message):
            self._count(Intent.CLARIFY_CONSTRAINTS.value)
            return self._on_constraints(message, focus=found.answer)
        self._count(Intent.CLARIFY.value)
        return Turn("clarify", found.answer, message)

    def _on_approach(self, message: str, techniques: list[str]) -> Turn:
        text = approach_reply(techniques, message, self._facts, self._approach_turns)
        self._approach_turns += 1
        return Turn("approach", text, message)

    def _on_empty(self, message: str) -> Turn:
        return Turn("prompt", "I didn't catch anything there. " + self._phase_prompt(), message)

    def _on_reveal(self, message: str) -> Turn:
        self.reveal_attempts += 1
        extra = ""
        failure = self.result.first_failure if self.result else None
        if failure is not None and failure.hidden:
            extra = (
                f" About the failing hidden test I can tell you its kind: "
                f"{failure.category or 'an edge case your code does not handle yet'}."
            )
        return Turn(
            "refuse",
            "I can't share the reference solution, write the code for you, or show what is "
            "inside the hidden tests: that stays with the grader in a real interview too."
            f"{extra} What I can do is give you the next hint (hints are counted in your "
            "score), clarify the constraints, or look at your approach with you.",
            message,
        )

    def _next_hint(self, reason: str, message: str) -> Turn:
        hints = self.problem.hints
        if not hints or self.hints_used >= len(hints):
            return Turn("hint", self._rephrase(), message)
        index = self.hints_used
        use = HintUse(index=index, reason=reason, elapsed=self.elapsed)
        self.hint_log.append(use)
        if self.on_hint is not None:
            self.on_hint(use)
        left = len(hints) - index - 1
        more = (
            f" ({left} more hint{'s' if left != 1 else ''} available.)"
            if left
            else (" That was the last hint.")
        )
        return Turn("hint", f"Hint {index + 1} of {len(hints)}: {hints[index]}{more}", message)

    def _rephrase(self) -> str:
        """Something new to say once the ladder is exhausted (or was empty from the start).

        Walks :data:`._wording.EXHAUSTED` in order, skipping what the ladder cannot
        fill in; after a full round it starts again with the round counted, so no
        two replies are the same word for word.
        """
        hints = self.problem.hints
        if hints:
            fill = {
                "count": len(hints),
                "last": hints[-1],
                "earlier": hints[max(0, len(hints) - 2)],
            }
            options = [t for t in say.EXHAUSTED if len(hints) > 1 or "{earlier}" not in t]
        else:
            fill = {}
            options = [say.NO_HINTS] + [t for t in say.EXHAUSTED if "{" not in t]
        k = self._exhausted_turns
        self._exhausted_turns += 1
        text = options[k % len(options)].format(**fill)
        if k >= len(options):
            text += say.EXHAUSTED_AGAIN.format(round=k // len(options) + 1)
        return text

    def _on_hint(self, message: str) -> Turn:
        if self.phase is Phase.FOLLOW_UP:
            return Turn(
                "hint",
                "You've already solved it, so no hint needed! " + self._follow_up_prompt(),
                message,
            )
        return self._next_hint("asked", message)

    def _on_stuck(self, message: str) -> Turn:
        self._stuck_count += 1
        if self._stuck_count == 1 and self.hints_used == 0:
            return Turn("encourage", say.STUCK_ENCOURAGE, message)
        return self._next_hint("stuck", message)

    def _on_constraints(self, message: str, focus: str | None = None) -> Turn:
        cons = constraints(self.problem.statement)
        sig = self.problem.signature
        params = ", ".join(f"`{p.name}: {p.type}`" for p in sig.params)
        asked = {w for w in words(message) if len(w) > 3}
        relevant = [c for c in cons if asked & set(words(c))]
        if cons:
            listed = "; ".join(cons)
            if focus:
                focus = f" On your question: {focus}"
            else:
                focus = (
                    f" On your question: {'; '.join(relevant)}."
                    if relevant and relevant != cons
                    else ""
                )
            text = (
                f"The constraints are: {listed}.{focus} The function takes {params} and returns "
                f"`{sig.returns}`. Anything the statement does not say, state your assumption "
                "out loud and handle it sensibly."
            )
        else:
            text = (
                (f"{focus} " if focus else "")
                + f"The function takes {params} and returns `{sig.returns}`. The statement lists "
                "no further constraints: state your assumptions out loud and handle the edge "
                "cases you think of sensibly."
            )
        return Turn("clarify", text, message)

    def _on_examples(self, message: str) -> Turn:
        shown = []
        for t in self.problem.visible_tests[:3]:
            args = ", ".join(f"{k} = {_short(v, 80)}" for k, v in t.input.items())
            shown.append(f"{args} → {_short(t.expected, 60)}")
        first = next((p for p in self.problem.statement.split("\n\n") if p.strip()), "")
        restate = (
            f"In short: {' '.join(first.split())} "
            if re.search(
                r"\b(explain|restate|repeat|rephrase|summari[sz]e|understand)\b", message, re.I
            )
            and first
            else ""
        )
        if not shown:
            return Turn(
                "clarify", restate + "The examples are in the statement. " + self._phase_prompt()
            )
        return Turn(
            "clarify",
            restate + "Here are the visible examples: " + "; ".join(shown) + ". Try tracing the "
            "first one by hand with your approach.",
            message,
        )

    def _on_complexity(self, message: str) -> Turn:
        target = self.problem.complexity.time
        stated = bigo.mentioned(message) or spoken_complexity(message)
        if stated and target:
            cmp = bigo.compare(stated[0], target)
            scale = size_remark(stated[0], self._facts)
            scale = f" {scale}" if scale else ""
            if cmp is not None and cmp > 0:
                return Turn(
                    "complexity",
                    f"{stated[0]} would work, but it is not the best possible here: this problem "
                    f"can be solved in {target} time.{scale} Which repeated work could you avoid?",
                    message,
                )
            if cmp is not None:
                return Turn(
                    "complexity",
                    f"{stated[0]} time is what I'd hope for here.{scale} What about the extra "
                    "space?",
                    message,
                )
        gap = self._complexity_gap()
        if gap:
            best, tgt = gap
            return Turn(
                "complexity",
                f"The measured growth of your code looks like {best}; the target is {tgt}. "
                "Where does the extra factor come from?",
                message,
            )
        if self.complexity.get("best"):
            return Turn(
                "complexity",
                f"Your code measures at about {self.complexity['best']}, which meets the target. "
                "Can you explain why, and what the space cost is?",
                message,
            )
        hint = f" The target for this problem is {target} time." if target else ""
        return Turn(
            "complexity",
            "What do you think the time and space complexity of your approach is, in big-O "
            f"terms, and why?{hint}",
            message,
        )

    def _on_right_track(self, message: str) -> Turn:
        r = self.result
        if r is not None and r.verdict is Verdict.AC:
            return Turn("assess", "Yes: all tests pass. " + self._follow_up_prompt(), message)
        said = _techniques(message)
        expected = _techniques(" ".join([*self.problem.topics, *self.problem.hints[:1]]))
        target = self.problem.complexity.time
        parts = []
        if said & expected:
            parts.append("That direction is promising.")
        elif "brute force" in said:
            parts.append(
                "A brute force is a fine start and gives you something correct to improve on"
                + (f"; after that, aim for {target}." if target else ".")
            )
        elif said:
            parts.append(
                "That could work. Check it against the examples by hand, and estimate its "
                "complexity" + (f" against the target of {target}." if target else ".")
            )
        else:
            parts.append(
                "Tell me a bit more: which data structure would you use, and what would the "
                "complexity be?"
            )
        if r is not None and r.total:
            parts.append(f"Your last run passed {r.passed} of {r.total} tests.")
        gap = self._complexity_gap()
        if gap:
            parts.append(f"Your code measures around {gap[0]}, above the {gap[1]} target.")
        return Turn("assess", " ".join(parts), message)

    def _on_done(self, message: str) -> Turn:
        r = self.result
        if r is not None and r.verdict is Verdict.AC:
            if self.phase is not Phase.FOLLOW_UP and len(self._follow_ups_asked) < len(_FOLLOW_UPS):
                self.phase = Phase.FOLLOW_UP
                return Turn("follow_up", "Great. " + self._follow_up_prompt(), message)
            return self._wrap_up(message)
        if self._done_asked:
            return self._wrap_up(message)
        self._done_asked = True
        if r is None:
            text = (
                "Before we finish: run the tests on your code so we both see where it stands. "
                "If you really want to stop here, say so again."
            )
        else:
            text = (
                f"Your last run passed {r.passed} of {r.total} tests. You still have time to fix "
                "it; if you'd rather stop here, say so again."
            )
        return Turn("confirm", text, message)

    def _wrap_up(self, message: str) -> Turn:
        self.phase = Phase.WRAP_UP
        self.finished = True
        self._pending_follow_up = None
        r = self.result
        status = (
            f"Final result: {r.passed} of {r.total} tests ({r.verdict.label})."
            if r
            else "No tests were run."
        )
        hints = f" You used {self.hints_used} of {self.hints_available} hints."
        return Turn(
            "wrap_up",
            f"Thanks, let's wrap up. {status}{hints} Your score and feedback come next.",
            message,
        )

    def _on_greeting(self, message: str) -> Turn:
        if re.search(r"thank", message, re.IGNORECASE):
            return Turn("chat", "You're welcome. " + self._phase_prompt(), message)
        return Turn("chat", "Hi! " + self._phase_prompt(), message)

    def _on_off_topic(self, message: str) -> Turn:
        return Turn(
            "redirect",
            "Let's keep our time for the problem. " + self._phase_prompt(),
            message,
        )

    def _on_statement(self, message: str) -> Turn:
        if message.rstrip().endswith("?"):
            langs = ", ".join(offered(self.problem))
            lang = (
                f" This problem can be solved in {langs}."
                if re.search(r"\b(language|python|java|javascript|c\+\+|cpp)\b", message, re.I)
                else ""
            )
            return Turn(
                "clarify",
                "That's your call: pick what you think is best, say why, and go on."
                f"{lang} " + self._phase_prompt(),
                message,
            )
        if self.phase is Phase.INTRODUCTION:
            self.phase = Phase.CODING
            said = _techniques(message)
            tail = (
                "What complexity would that have?"
                if not bigo.mentioned(message)
                else "Go ahead and code it; run the tests when you're ready."
            )
            lead = "Sounds like a plan. " if said else "OK. "
            return Turn("acknowledge", lead + tail, message)
        if self.phase is Phase.WRAP_UP:
            return Turn("chat", "We're done for today; thanks again!", message)
        return Turn("acknowledge", "Noted. " + self._phase_prompt(), message)

    # -- results, clock and follow-ups -----------------------------------------------

    def _complexity_gap(self) -> tuple[str, str] | None:
        best = self.complexity.get("best", "")
        target = self.complexity.get("target") or self.problem.complexity.time
        if best and target and bigo.compare(best, target) == 1:
            return best, target
        return None

    def _track_result(self, result: GradeResult) -> TestResult | None:
        self.result = result
        failure = result.first_failure
        key = None if failure is None else f"{failure.name}:{failure.verdict.value}"
        self._same_failure = self._same_failure + 1 if key and key == self._last_failure else 0
        self._last_failure = key
        if result.verdict is Verdict.AC:
            if self.phase not in (Phase.FOLLOW_UP, Phase.WRAP_UP):
                self.phase = Phase.FOLLOW_UP
        elif self.phase is not Phase.WRAP_UP:
            self.phase = Phase.DEBUGGING
        return failure

    def _result_turn(self, result: GradeResult) -> Turn:
        failure = self._track_result(result)
        v = result.verdict
        if v is Verdict.CE:
            first = first_compile_error(result.compile_output)
            detail = f" The first message is: {first[:200]}" if first else ""
            return Turn("result", f"Your code didn't compile.{detail} Fix that and run again.")
        if v is Verdict.IE:
            return Turn(
                "result",
                "The grader hit an internal problem; that's not your fault. Please run again.",
            )
        if v is Verdict.AC or failure is None:
            gap = self._complexity_gap()
            if gap:
                self.phase = Phase.DEBUGGING
                return Turn(
                    "result",
                    f"All {result.total} tests pass. But your code's measured growth is {gap[0]}, "
                    f"and this problem can be done in {gap[1]}. Can you improve it?",
                )
            return Turn(
                "follow_up",
                f"All tests pass ({result.passed} of {result.total}). Nice work! "
                + self._follow_up_prompt(),
            )
        head = f"{result.passed} of {result.total} tests pass."
        if failure.hidden:
            kind = failure.category or "an edge case"
            body = (
                f" The visible examples {'pass' if self._visible_pass(result) else 'need work too'}"
                f", but a hidden test fails ({failure.verdict.label}); it is about: {kind}. "
                "Think about how your code behaves on that kind of input."
            )
        else:
            body = " " + self._describe_visible(failure)
        if failure.verdict in (Verdict.TLE, Verdict.NOT_RUN):
            target = self.problem.complexity.time
            body += " A time limit usually means the approach is too slow for large inputs" + (
                f"; aim for {target}." if target else "."
            )
        elif failure.verdict is Verdict.MLE:
            body += " Check how much memory your approach allocates."
        if self._same_failure >= 2 and self.hints_used < self.hints_available:
            body += " This is the same failure a few runs in a row; ask for a hint if you like."
        return Turn("result", head + body)

    @staticmethod
    def _visible_pass(result: GradeResult) -> bool:
        return all(t.verdict is Verdict.AC for t in result.tests if not t.hidden)

    @staticmethod
    def _describe_visible(t: TestResult) -> str:
        args = (
            ", ".join(f"{k} = {_short(v, 100)}" for k, v in t.input.items())
            if isinstance(t.input, dict)
            else _short(t.input, 200)
        )
        parts = [f"The first failing test is {t.name} ({t.verdict.label}) with {args}."]
        if t.verdict is Verdict.WA:
            parts.append(
                f"Expected {_short(t.expected, 100)}, your code returned {_short(t.output, 100)}."
            )
        if t.error:
            last = [ln for ln in t.error.strip().splitlines() if ln.strip()][-1:]
            if last:
                parts.append(f"Error: {last[0][:200]}")
        parts.append("Can you trace your code on that input?")
        return " ".join(parts)

    def _clock_turn(self, which: str) -> Turn | None:
        solved = self.result is not None and self.result.verdict is Verdict.AC
        if which == "time_up":
            self.phase = Phase.WRAP_UP
            self.finished = True
            return Turn(
                "nudge",
                "Time is up. Let's stop here; "
                + (
                    "nicely done on solving it."
                    if solved
                    else "run the tests once more if you "
                    "haven't, and tell me what you would do next."
                ),
            )
        if which == "five_minutes":
            return Turn(
                "nudge",
                "Five minutes left. "
                + (
                    "Let's use them for the follow-up questions."
                    if solved
                    else "Make sure what you have runs and passes the examples; "
                    "then talk me through what is left."
                ),
            )
        if solved:
            return Turn(
                "nudge",
                "We're at half time and you have a working solution. " + self._follow_up_prompt(),
            )
        if self.result is None:
            return Turn(
                "nudge",
                "We're at half time. If you haven't started coding, start with "
                "the simplest correct version now, and run the tests early.",
            )
        return Turn(
            "nudge",
            f"We're at half time and your last run passed {self.result.passed} "
            f"of {self.result.total} tests. Focus on the first failing one.",
        )

    def _follow_up_prompt(self) -> str:
        remaining = [f for f in _FOLLOW_UPS if f not in self._follow_ups_asked]
        if not remaining:
            self._pending_follow_up = None
            return 'That covers my follow-up questions. Say "done" when you want to finish.'
        which = remaining[0]
        self._follow_ups_asked.append(which)
        self._pending_follow_up = which
        return {
            "complexity": "What are the time and space complexity of your solution, and why?",
            "edge_cases": "Which edge cases would you test, and does your code handle them?",
            "trade_offs": (
                "What trade-offs did you make? For example, how would your approach change if "
                "memory were tight, or if the input arrived as a stream?"
            ),
        }[which]

    def _follow_up_answer(self, message: str) -> Turn:
        which = self._pending_follow_up
        self._follow_ups_answered += 1
        self._pending_follow_up = None
        lead = "Thanks."
        if which == "complexity":
            target_t, target_s = self.problem.complexity.time, self.problem.complexity.space
            stated = bigo.mentioned(message)
            if not stated:
                lead = "Try to put it in big-O terms next time."
            elif target_t and bigo.compare(stated[0], target_t) == 0:
                lead = f"Right, {stated[0]} time."
                if target_s and len(stated) > 1 and bigo.compare(stated[1], target_s) == 0:
                    lead += f" And {stated[1]} space, agreed."
            elif target_t and bigo.compare(stated[0], target_t) is not None:
                lead = (
                    f"I'd expect {target_t} time for this solution; it's worth double-checking "
                    "your reasoning."
                )
        elif which == "edge_cases":
            low = message.lower()
            categories = {
                t.category for t in self.problem.tests if t.category and t.category != "random"
            }
            missed = [c for c in sorted(categories) if c.lower() not in low]
            generic = [
                name for name, cues in _GENERIC_EDGE_CASES.items() if any(c in low for c in cues)
            ]
            covered = len(generic) + len(categories) - len(missed)
            lead = "Good list." if covered >= 2 else "That's a start."
            if missed:
                lead += f" Did you also think about {missed[0]}?"
        elif which == "trade_offs":
            lead = "Good, that's the kind of reasoning I was looking for."
        return Turn("follow_up", f"{lead} {self._follow_up_prompt()}", message)

    def _phase_prompt(self) -> str:
        if self.phase is Phase.INTRODUCTION:
            return "Do you have questions about the problem, or shall we hear your approach?"
        if self.phase is Phase.CODING:
            return "How is the code coming along? Run the tests whenever you're ready."
        if self.phase is Phase.DEBUGGING:
            return "Let's look at the first failing test together: what does your code do there?"
        if self.phase is Phase.FOLLOW_UP:
            if self._pending_follow_up:
                return (
                    "Back to my question: "
                    + {
                        "complexity": "what are the time and space complexity of your solution?",
                        "edge_cases": "which edge cases would you test?",
                        "trade_offs": "what trade-offs did you make?",
                    }[self._pending_follow_up]
                )
            return self._follow_up_prompt()
        return "We're done for today; thanks!"
