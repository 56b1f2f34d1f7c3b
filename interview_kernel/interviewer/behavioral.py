"""Behavioural mode: the question model and the STAR analysis of an answer.

Pure. An answer is split into sentences; each sentence is matched against cues
for Situation, Task, Action and Result (with a positional prior: situations
come early, results late). Each component is reported found or missing with
the sentence that evidences it. Ownership ("I" against "we"), a quantified
result and length complete the analysis; from it come a 0-100 score,
feedback and follow-up questions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ._text import quote, sentences, words

FOCUS_AREAS: tuple[str, ...] = (
    "motivation",
    "ownership",
    "ambiguity",
    "perseverance",
    "conflict",
    "empathy",
    "growth",
    "communication",
)
"""The focus areas questions are tagged with."""

STAR = ("situation", "task", "action", "result")

IDEAL_WORDS = (150, 450)
"""A spoken answer of one to three minutes."""


class Question(BaseModel):
    """One behavioural question from ``problems/behavioral/questions.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    text: str
    focus: list[str] = Field(description="Focus areas this question probes.")
    follow_ups: list[str] = Field(default_factory=list)
    look_for: list[str] = Field(
        default_factory=list, description="Phrases a strong answer to this question tends to use."
    )

    @field_validator("focus")
    @classmethod
    def _focus_ok(cls, v: list[str]) -> list[str]:
        bad = [f for f in v if f not in FOCUS_AREAS]
        if not v or bad:
            raise ValueError(
                f"focus must be a non-empty subset of {list(FOCUS_AREAS)}; got {bad or v}"
            )
        return v


def _rx(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


_CUES: dict[str, re.Pattern[str]] = {
    "situation": _rx(
        r"\b(when|while) (i|we) (was|were|worked|joined|had)\b",
        r"\b(at|in) my (last|previous|first|current|old) "
        r"(job|role|company|team|position|internship)\b",
        r"\b(last|this|one|a few) (year|quarter|summer|semester|month)s?\b|\bin (19|20)\d\d\b",
        r"\b(\w+ )?(years?|months?|weeks?) ago\b|\bi joined\b|\bi was (a|an|the|on|in)\b",
        r"\b(our|the|my) (team|company|startup|project|product|client|customer|manager|lead|"
        r"tech lead|boss|users?)\b.{0,40}\b(was|were|had|needed|faced|used|wanted|planned|kept)\b",
        r"\bback (then|when)\b|\bat the time\b|\bthe context\b|\bsituation\b|\bbackground\b",
        r"\bthere was\b|\bwe were\b|\bi was working\b|\bi worked (at|on|as)\b",
    ),
    "task": _rx(
        r"\bmy (role|task|job|goal|responsibility|responsibilities|objective|mission)\b",
        r"\bi (was|am) (responsible|asked|tasked|expected|supposed|assigned|in charge)\b",
        r"\bi (had|needed|wanted) to\b|\bit was (up to me|my job)\b",
        r"\bthe (goal|task|challenge|objective) was\b",
        r"\b(owned|own|ownership of)\b|\bwe (had|needed) to\b|\bdeadline\b",
    ),
    "action": _rx(
        r"\bi (decided|built|wrote|created|designed|proposed|organi[sz]ed|set up|started|led|"
        r"talked|spoke|met|asked|scheduled|analy[sz]ed|investigated|implemented|refactored|"
        r"automated|reached out|listened|explained|prioriti[sz]ed|negotiated|suggested|"
        r"volunteered|documented|prototyped|measured|tested|reviewed|mentored|paired|"
        r"escalated|rewrote|split|broke|learned|learnt|read|tried|focused|coordinated|"
        r"drafted|presented|gathered|collected|compared|took|made|changed|fixed|added|moved)\b",
        r"\bso i\b|\bfirst,? i\b|\bthen,? i\b|\bnext,? i\b|\bafter that,? i\b|\bi then\b",
    ),
    "result": _rx(
        r"\bas a result\b|\bin the end\b|\bultimately\b|\bthe (result|outcome|impact) (was|is)\b",
        r"\b(resulted|led) (in|to)\b|\bended up\b|\boutcome\b|\bimpact\b",
        r"\b(reduced|increased|improved|cut|saved|grew|doubled|tripled|halved|dropped|raised|"
        r"shipped|launched|delivered|released|won|recovered|avoided|eliminated|boosted|fell|rose|"
        r"decreased|declined|postponed|approved|adopted|succeeded|completed)\b",
        r"\bwent (up|down|from)\b|\bon time\b|\bagreed to\b",
    ),
}

# Reflection ("I learned...") rounds off a story but is weaker evidence of a result.
_REFLECTION = _rx(
    r"\b(i|we) (learned|learnt|realised|realized)\b|\blesson\b|\bsince then\b|\bnow (i|we)\b",
    r"\blooking back\b|\bnext time\b",
)

_QUANT_RE = re.compile(
    r"(\d+(?:[.,]\d+)?\s*(?:%|percent|x\b|times\b|ms\b|milliseconds|seconds|minutes|hours|days|"
    r"weeks|months|users|customers|people|engineers|tickets|bugs|incidents|requests|k\b|m\b|"
    r"million|thousand|hundred|dollars|euros|points)|[$€£]\s?\d[\d,.]*\s*[kmb]?\b|"
    r"\b(half|double[d]?|triple[d]?|twice|a third|a quarter)\b)",
    re.IGNORECASE,
)
_I_WORDS = {"i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll"}
_WE_WORDS = {"we", "us", "our", "ours", "ourselves", "we're", "we've", "we'd", "we'll"}


@dataclass(frozen=True)
class StarPart:
    """One STAR component: found or not, and the sentence that shows it."""

    part: str
    found: bool
    quote: str = ""


@dataclass
class StarAnalysis:
    """The analysis of one behavioural answer.

    Attributes
    ----------
    parts
        Situation, task, action, result, each with its evidence.
    i_count, we_count
        First-person singular against plural: interviewers want *your* part.
    quantified
        The measurable result quoted from the answer ("" if none).
    words
        Length of the answer in words.
    score
        0-100.
    feedback
        Sentences for the candidate.
    follow_ups
        Questions the interviewer asks next.
    """

    parts: list[StarPart]
    i_count: int
    we_count: int
    quantified: str
    words: int
    score: float
    feedback: list[str] = field(default_factory=list)
    follow_ups: list[str] = field(default_factory=list)
    focus_evidence: list[str] = field(default_factory=list)

    def part(self, name: str) -> StarPart:
        """One component by name (``situation``, ``task``, ``action``, ``result``)."""
        return next(p for p in self.parts if p.part == name)

    @property
    def missing(self) -> list[str]:
        """The STAR components not found."""
        return [p.part for p in self.parts if not p.found]

    @property
    def ownership(self) -> float:
        """Share of "I" among first-person words (0.5 when there are none)."""
        n = self.i_count + self.we_count
        return self.i_count / n if n else 0.5

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (for the session report)."""
        return {
            "parts": {p.part: {"found": p.found, "quote": p.quote} for p in self.parts},
            "i_count": self.i_count,
            "we_count": self.we_count,
            "ownership": round(self.ownership, 3),
            "quantified": self.quantified,
            "words": self.words,
            "score": self.score,
            "feedback": list(self.feedback),
            "follow_ups": list(self.follow_ups),
            "focus_evidence": list(self.focus_evidence),
        }


def _assign(parts: list[str]) -> dict[str, int]:
    """Pick, for each STAR component, the best sentence index (or -1)."""
    n = len(parts)
    chosen: dict[str, int] = {}
    used: set[int] = set()
    # results and actions are the most telling; choose them first so a situation
    # sentence that also says "we had to" does not steal the task, and so on
    for comp in ("result", "action", "situation", "task"):
        best, best_score = -1, 0.0
        for i, s in enumerate(parts):
            hits: float = len(_CUES[comp].findall(s))
            if comp == "result":
                hits += 0.5 * len(_REFLECTION.findall(s))
                hits += 0.5 if hits and _QUANT_RE.search(s) else 0.0
            if not hits:
                continue
            pos = i / max(1, n - 1)
            prior = {
                "situation": 1 - pos,
                "task": 1 - abs(pos - 0.25),
                "action": 1 - abs(pos - 0.6),
                "result": pos,
            }[comp]
            score = hits + 0.75 * prior - (0.9 if i in used else 0.0)
            if score > best_score:
                best, best_score = i, score
        chosen[comp] = best
        if best >= 0:
            used.add(best)
    return chosen


def analyze_star(answer: str, question: Question | None = None) -> StarAnalysis:
    """Analyse a behavioural answer with the STAR method.

    Parameters
    ----------
    answer
        What the candidate said or wrote.
    question
        The question answered; its ``look_for`` phrases and follow-ups are used.

    Returns
    -------
    StarAnalysis
        Components found or missing with quotes, "I" against "we", a quantified
        result, length, a 0-100 score, feedback and follow-up questions.
    """
    parts = sentences(answer)
    chosen = _assign(parts) if parts else {c: -1 for c in STAR}
    star = [
        StarPart(c, chosen[c] >= 0, quote(parts[chosen[c]]) if chosen[c] >= 0 else "") for c in STAR
    ]
    ws = words(answer)
    i_count = sum(w in _I_WORDS for w in ws)
    we_count = sum(w in _WE_WORDS for w in ws)
    # a number in the result counts most, then anything after the action, then anywhere
    result_idx, action_idx = chosen.get("result", -1), chosen.get("action", -1)
    ordered = ([parts[result_idx]] if result_idx >= 0 else []) + parts[max(0, action_idx) :]
    quantified = ""
    for s in ordered + parts:
        if _QUANT_RE.search(s):
            quantified = quote(s)
            break
    focus_evidence = []
    if question is not None:
        for phrase in question.look_for:
            pat = re.compile(r"\b" + re.escape(phrase), re.IGNORECASE)
            hit = next((s for s in parts if pat.search(s)), None)
            if hit:
                focus_evidence.append(quote(hit))
    n_words = len(ws)
    analysis = StarAnalysis(
        star, i_count, we_count, quantified, n_words, 0.0, focus_evidence=focus_evidence
    )
    analysis.score = _score(analysis, question)
    analysis.feedback = _feedback(analysis, question)
    analysis.follow_ups = follow_up_questions(analysis, question)
    return analysis


def _score(a: StarAnalysis, question: Question | None) -> float:
    weights = {"situation": 15, "task": 15, "action": 30, "result": 20}
    pts: float = sum(weights[p.part] for p in a.parts if p.found)
    pts += 8 if a.quantified else 0
    if a.i_count + a.we_count:
        pts += 6 * min(1.0, a.ownership / 0.5)
    lo, hi = IDEAL_WORDS
    if lo <= a.words <= hi:
        pts += 6
    elif a.words >= lo * 0.5 and a.words <= hi * 1.5:
        pts += 3
    if a.words < 40:
        pts = min(pts, 30)  # a sentence or two is not an answer, whatever its keywords
    if question is not None and question.look_for and not a.focus_evidence:
        pts -= 5
    return float(max(0, min(100, round(pts))))


def _feedback(a: StarAnalysis, question: Question | None) -> list[str]:
    out = []
    found = [p.part for p in a.parts if p.found]
    if found:
        out.append("Clear " + ", ".join(found) + ".")
    tips = {
        "situation": "Set the scene first: where you were, when, and what was at stake.",
        "task": "Say what *you* were responsible for, or what goal you had to meet.",
        "action": "Spend most of the answer on the concrete steps you personally took.",
        "result": "Finish with the outcome: what changed because of what you did.",
    }
    out.extend(tips[m] for m in a.missing)
    if a.parts[3].found and not a.quantified:
        out.append("Quantify the result if you can: a percentage, time saved, users, incidents.")
    if a.we_count > a.i_count and a.we_count >= 3:
        out.append(
            f'You said "we" {a.we_count} times and "I" {a.i_count} times: make your own part clear.'
        )
    lo, hi = IDEAL_WORDS
    if a.words < lo:
        out.append(
            f"At {a.words} words the answer is short; aim for {lo}-{hi} (one to three minutes)."
        )
    elif a.words > hi * 1.5:
        out.append(f"At {a.words} words the answer is long; tighten it to about {hi} words.")
    if question is not None and question.look_for and not a.focus_evidence:
        out.append(
            f"The question is about {', '.join(question.focus)}; "
            "make sure the story answers it directly."
        )
    return out


def follow_up_questions(
    a: StarAnalysis, question: Question | None = None, limit: int = 3
) -> list[str]:
    """Questions an interviewer would ask next, the gaps first.

    Parameters
    ----------
    a
        The analysis of the answer.
    question
        The question, whose own follow-ups come after the gap questions.
    limit
        At most this many questions.
    """
    qs: list[str] = []
    gap_qs = {
        "situation": "Can you give me a bit more context: where was this and what was at stake?",
        "task": "What exactly was your responsibility there?",
        "action": "What did you personally do, step by step?",
        "result": "How did it turn out in the end?",
    }
    qs.extend(gap_qs[m] for m in a.missing)
    if a.parts[3].found and not a.quantified:
        qs.append("Can you put a number on the result?")
    if a.we_count > a.i_count and a.we_count >= 3:
        qs.append("You mentioned the team a lot; which part was yours specifically?")
    if question is not None:
        qs.extend(question.follow_ups)
    qs.append("Looking back, what would you do differently?")
    seen, out = set(), []
    for q in qs:
        if q not in seen:
            seen.add(q)
            out.append(q)
    return out[:limit]
