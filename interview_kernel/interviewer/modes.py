"""The design and behavioural interview flows, on the same streaming base as the coding one.

Design: the interviewer presents the prompt, reads the candidate's Markdown
notes and messages, acknowledges new evidence and probes the weakest rubric
dimension. Behavioural: it asks a few questions, analyses each answer with
STAR, asks one follow-up on the gaps, and moves on.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

from .backends import Backend
from .base import BaseInterviewer
from .behavioral import Question, StarAnalysis, analyze_star
from .design import (
    DIMENSION_TITLES,
    DesignAssessment,
    DesignPrompt,
    DesignScore,
    assess_design,
    board_labels,
    next_probe,
    score_design,
)
from .intents import Intent, classify
from .turns import MAX_MESSAGE_CHARS, HintUse, InterviewContext, InterviewReport, Turn

_SKIP_RE = re.compile(r"\b(skip|next question|pass|another question)\b", re.IGNORECASE)
_REPEAT_RE = re.compile(r"\b(repeat|say (that|it) again|what was the question)\b", re.IGNORECASE)


class DesignInterviewer(BaseInterviewer):
    """A system-design interview on one prompt.

    Parameters
    ----------
    prompt
        The design prompt with its rubric.
    backend
        A backend or its name; default from the environment.
    duration_seconds
        The length of the interview (default: the prompt's ``minutes``).
    """

    mode = "design"

    def __init__(
        self,
        prompt: DesignPrompt,
        backend: Backend | str | None = None,
        *,
        duration_seconds: float | None = None,
        max_message_chars: int = MAX_MESSAGE_CHARS,
    ):
        super().__init__(backend, None, max_message_chars, duration_seconds)
        self.prompt = prompt
        if self.duration_seconds is None:
            self.duration_seconds = prompt.minutes * 60
        self.notes = ""
        self.board = ""
        """The whiteboard (Excalidraw JSON), when the candidate draws one (the app)."""
        self.asked: list[str] = []
        self.hint_log: list[HintUse] = []
        self.finished = False
        self._levels: dict[str, int] = {}

    @property
    def written(self) -> str:
        """Everything the candidate has written: the notes and every chat message."""
        said = "\n\n".join(m.message for m in self.transcript if m.speaker == "user")
        return f"{self.notes}\n\n{said}".strip()

    @property
    def text(self) -> str:
        """What the rubric reads: :attr:`written` plus the whiteboard's component labels."""
        if not self.board:
            return self.written
        from .board import analyze_board

        labels = board_labels(analyze_board(self.board, self.prompt.components or None))
        return f"{self.written}\n\n{labels}".strip()

    def assess(self) -> DesignAssessment:
        """The whole sitting graded: notes and messages, the whiteboard and the numbers."""
        return assess_design(self.prompt, self.written, self.board or None)

    def score(self, notes: str | None = None) -> DesignScore:
        """The rubric applied to the candidate's notes (updated if given) and messages."""
        if notes is not None:
            self.notes = notes
        return score_design(self.prompt, self.text)

    def report(self) -> InterviewReport:
        """Score, feedback, per-dimension evidence (quotes, diagram, numbers) and the transcript."""
        a = self.assess()
        s = a.text
        return InterviewReport(
            mode=self.mode,
            subject=self.prompt.id,
            phase="wrap_up" if self.finished else "design",
            hints_used=len(self.hint_log),
            hints_available=len(self.prompt.dimensions),
            hint_log=list(self.hint_log),
            intents=dict(self.intents),
            transcript=list(self.transcript),
            score=a.score,
            feedback=list(s.feedback),
            details=a.to_dict(),
        )

    def _clock_turn(self, which: str) -> Turn | None:
        if which == "time_up":
            return self._wrap_up("")
        if which == "five_minutes":
            return Turn(
                "nudge",
                "Five minutes left. Summarise your design and the main trade-offs you made.",
            )
        weak = [d.title.lower() for d in self.score().dimensions if d.level <= 1]
        gap = f" You haven't said much about {', '.join(weak[:3])} yet." if weak else ""
        return Turn("nudge", f"We're halfway through.{gap} Keep an eye on the clock.")

    def _opening_turn(self) -> Turn:
        scale = f" Some numbers to work with: {self.prompt.scale}" if self.prompt.scale else ""
        return Turn(
            "opening",
            f"Let's design something: **{self.prompt.title}**. {self.prompt.prompt.strip()}"
            f"{scale} You have about {self.prompt.minutes} minutes. Write your design in the "
            "notes (Markdown is fine) and talk me through it; start with the requirements.",
        )

    def _decide(self, message: str, context: InterviewContext) -> Turn:
        if context.notes is not None:
            self.notes = context.notes
        intent = classify(message)
        self.intents[intent.value] += 1
        if intent is Intent.EMPTY and context.notes is None:
            return Turn("prompt", "I didn't catch anything. " + self._probe_text(), message)
        if intent is Intent.REVEAL:
            return Turn(
                "refuse",
                "There is no single model answer I can hand over: the interview is about your "
                "reasoning. " + self._probe_text(),
                message,
            )
        if intent is Intent.DONE:
            return self._wrap_up(message)
        if intent in (Intent.CLARIFY_CONSTRAINTS, Intent.CLARIFY_EXAMPLES) and self.prompt.scale:
            return Turn(
                "clarify",
                f"Assume this: {self.prompt.scale} Anything else, state your assumption and go on.",
                message,
            )
        if intent in (Intent.HINT, Intent.STUCK):
            probe = self._next_probe()
            if probe is None:
                return Turn(
                    "hint", "You've covered the rubric well. Anything you'd change?", message
                )
            dim, question = probe
            self.hint_log.append(HintUse(len(self.hint_log), intent.value))
            self.asked.append(dim)
            return Turn(
                "hint",
                f"A good next step is {DIMENSION_TITLES[dim].lower()}: {question}",
                message,
            )
        if intent is Intent.OFF_TOPIC:
            return Turn("redirect", "Let's stay on the design. " + self._probe_text(), message)
        return Turn("probe", self._acknowledge() + self._probe_text(), message)

    def _acknowledge(self) -> str:
        current = score_design(self.prompt, self.text)
        gained = [d for d in current.dimensions if d.level > self._levels.get(d.dimension, 0)]
        self._levels = {d.dimension: d.level for d in current.dimensions}
        if not gained:
            return ""
        best = max(gained, key=lambda d: d.level)
        concepts = ", ".join(e.concept for e in best.evidence[:2])
        return f"Good, that covers {concepts} under {best.title.lower()}. "

    def _next_probe(self) -> tuple[str, str] | None:
        # a dimension is asked about once per round; after a full round, ask again
        return next_probe(self.prompt, self.text, self.asked) or next_probe(self.prompt, self.text)

    def _probe_text(self) -> str:
        probe = self._next_probe()
        if probe is None:
            return "You've covered every dimension I look for. Say \"done\" when you're ready."
        dim, question = probe
        self.asked.append(dim)
        return question

    def _wrap_up(self, message: str) -> Turn:
        self.finished = True
        a = self.assess()
        strong = [DIMENSION_TITLES[d] for d, level in a.levels.items() if level >= 3]
        weak = [DIMENSION_TITLES[d] for d, level in a.levels.items() if level <= 1]
        text = (
            f"Thanks, let's stop here. Your design scores {a.score:.0f} out of 100"
            f" (hire signal: {a.hire_signal})."
        )
        if strong:
            text += f" Strongest: {', '.join(strong)}."
        if weak:
            text += f" To work on: {', '.join(weak)}."
        return Turn("wrap_up", text, message)


class BehavioralInterviewer(BaseInterviewer):
    """A behavioural interview: a few questions, each answer analysed with STAR.

    Parameters
    ----------
    questions
        The question pool (default: the bank's ``behavioral/questions.yaml``).
    focus
        Only questions tagged with this focus area.
    count
        How many questions to ask.
    seed
        Seeds the question choice, for reproducible sessions.
    backend
        A backend or its name; default from the environment.
    duration_seconds
        The length of the interview, for :meth:`on_tick`.
    """

    mode = "behavioral"

    def __init__(
        self,
        questions: Sequence[Question] | None = None,
        *,
        focus: str | None = None,
        count: int = 3,
        seed: int | None = None,
        backend: Backend | str | None = None,
        duration_seconds: float | None = None,
        max_message_chars: int = MAX_MESSAGE_CHARS,
    ):
        super().__init__(backend, None, max_message_chars, duration_seconds)
        if questions is None:
            from .catalog import load_questions

            questions = load_questions()
        pool = [q for q in questions if focus is None or focus in q.focus]
        if not pool:
            from ..errors import InterviewError

            raise InterviewError(f"no behavioural questions for focus {focus!r}")
        rng = random.Random(seed)
        self.questions = rng.sample(pool, min(count, len(pool)))
        self.index = 0
        self.answers: list[str] = [""] * len(self.questions)
        self.analyses: list[StarAnalysis | None] = [None] * len(self.questions)
        self._followed_up = False
        self.finished = False

    @property
    def current(self) -> Question | None:
        """The question being answered (None once all are done)."""
        return self.questions[self.index] if self.index < len(self.questions) else None

    def report(self) -> InterviewReport:
        """Per-question STAR analyses, the average score, feedback and the transcript."""
        done = [(q, a) for q, a in zip(self.questions, self.analyses, strict=True) if a is not None]
        score = round(sum(a.score for _, a in done) / len(done), 1) if done else None
        feedback = [f for _, a in done for f in a.feedback[1:2]]
        return InterviewReport(
            mode=self.mode,
            subject=",".join(q.id for q in self.questions),
            phase="wrap_up" if self.finished else "questions",
            intents=dict(self.intents),
            transcript=list(self.transcript),
            score=score,
            feedback=feedback,
            details={
                "questions": [
                    {"id": q.id, "text": q.text, "focus": list(q.focus), "analysis": a.to_dict()}
                    for q, a in done
                ]
            },
        )

    def _clock_turn(self, which: str) -> Turn | None:
        if which == "time_up":
            return self._finish("", "We're out of time.")
        if which == "five_minutes" and self.index < len(self.questions) - 1:
            self.questions = self.questions[: self.index + 1]
            self.answers = self.answers[: self.index + 1]
            self.analyses = self.analyses[: self.index + 1]
            return Turn("nudge", "Five minutes left, so this will be the last question.")
        return None

    def _opening_turn(self) -> Turn:
        first = self.questions[0].text
        return Turn(
            "opening",
            f"Let's talk about your experience; I have {len(self.questions)} questions. Take a "
            "real example and tell me the situation, your task, what you did and the result. "
            f"First: {first}",
        )

    def _decide(self, message: str, context: InterviewContext) -> Turn:
        intent = classify(message)
        q = self.current
        if q is None or self.finished:
            return Turn("chat", "We're done for today; thanks for your answers!", message)
        if intent is Intent.EMPTY:
            self.intents[intent.value] += 1
            return Turn("prompt", f"Take your time. The question was: {q.text}", message)
        if _REPEAT_RE.search(message):
            self.intents["repeat"] += 1
            return Turn("prompt", f"Sure: {q.text}", message)
        if _SKIP_RE.search(message) and len(message) < 80:
            self.intents["skip"] += 1
            return self._advance(message, "No problem, let's move on.")
        if intent in (Intent.HINT, Intent.STUCK):
            self.intents[intent.value] += 1
            return Turn(
                "hint",
                "Pick one concrete story, even a small one. Start with where you were and what "
                f"was at stake, then what you did and how it ended. The question: {q.text}",
                message,
            )
        if intent is Intent.DONE and len(message) < 60:
            self.intents[intent.value] += 1
            return self._finish(message)
        self.intents["answer"] += 1
        self.answers[self.index] = f"{self.answers[self.index]}\n\n{message}".strip()
        analysis = analyze_star(self.answers[self.index], q)
        self.analyses[self.index] = analysis
        if not self._followed_up and analysis.follow_ups and analysis.missing:
            self._followed_up = True
            return Turn("follow_up", f"Thanks. {analysis.follow_ups[0]}", message)
        note = analysis.feedback[1] if len(analysis.feedback) > 1 else "That was a clear answer."
        return self._advance(message, f"Thanks. {note}")

    def _advance(self, message: str, lead: str) -> Turn:
        self.index += 1
        self._followed_up = False
        q = self.current
        if q is None:
            return self._finish(message, lead)
        return Turn("question", f"{lead} Next question: {q.text}", message)

    def _finish(self, message: str, lead: str = "") -> Turn:
        self.finished = True
        rep = self.report()
        score = (
            f" Your answers average {rep.score:.0f} out of 100." if rep.score is not None else ""
        )
        return Turn(
            "wrap_up", f"{lead} That's all my questions, thank you.{score}".strip(), message
        )
