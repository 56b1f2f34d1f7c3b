"""What the candidate is asking for: a small, ordered set of patterns per intent.

Pure: a message in, an :class:`Intent` out. The order of :data:`_RULES` is the
priority: an attempt to extract the solution wins over a plea for a hint, and a
hint request wins over a general "I am stuck".
"""

from __future__ import annotations

import re
from enum import Enum


class Intent(str, Enum):
    """The intents the coding interviewer answers."""

    EMPTY = "empty"
    REVEAL = "reveal"  # asks for the reference solution, the hidden tests or the answer
    HINT = "hint"
    CLARIFY_CONSTRAINTS = "clarify_constraints"
    CLARIFY_EXAMPLES = "clarify_examples"
    COMPLEXITY = "complexity"
    RIGHT_TRACK = "right_track"
    STUCK = "stuck"
    DONE = "done"
    GREETING = "greeting"
    OFF_TOPIC = "off_topic"
    STATEMENT = "statement"  # the candidate explains, thinks aloud or answers a question


def _rx(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


_RULES: list[tuple[Intent, re.Pattern[str]]] = [
    (
        Intent.REVEAL,
        _rx(
            r"\b(reference|model|official|author'?s?|expected|optimal)\s+"
            r"(solution|answer|code|implementation)s?\b",
            r"\b(give|show|tell|print|paste|send|reveal|leak|dump|display|output|repeat|share|"
            r"provide)\b(\s+(me|us))?.{0,40}\b(solution|answer key|the answer|hidden|reference|"
            r"implementation|expected output)",
            r"\bhidden\s+(test|tests|case|cases|input|inputs|data|expected|values?)\b",
            r"\bhidden[-_ ]?\d+\b|\b(list|input|value|data|array|content)s?\b.{0,40}\bhidden\b",
            r"^\s*(please\s+)?(paste|show|give|print|send|dump|share)\b.{0,30}\bcode\b",
            r"\b(give|show|send) (me|us)\b.{0,30}\bcode\b",
            r"\b(code|solution) (you'?d|you would|you) (write|use)\b",
            r"\b(what|which)\b.{0,30}\b(input|inputs|case|test)\b.{0,30}\b(hidden|fail(ed|ing|s)?)\b",
            r"\bsystem prompt\b|\b(ignore|forget|disregard)\b.{0,20}\b(instructions|rules)\b",
            r"\b(you are|you're|act as|pretend)\b.{0,30}\b(no longer|not an interviewer|developer "
            r"mode|dan|without (rules|restrictions))\b",
            r"\bjust (write|code|solve) it\b|\bsolve it for me\b|\bdo it for me\b",
            r"\b(can|could|would|will) you\b.{0,20}\b(write|code|solve|implement|finish)\b"
            r".{0,30}\b(for me|it|this|the (code|function|solution))\b",
            r"\bwrite (the|my) (code|function|solution) for me\b|\bwhat('s| is) the answer\b",
        ),
    ),
    (
        Intent.HINT,
        _rx(
            r"\bhint(s)?\b",
            r"\b(a |any )?(clue|nudge|pointer|tip)\b",
            r"\bhelp me\b|\bcan you help\b|\bneed (some )?help\b",
            r"\bwhere (do|should) i start\b|\bhow (do|should) i (start|approach|begin)\b",
        ),
    ),
    (
        Intent.COMPLEXITY,
        _rx(
            r"\bcomplexit(y|ies)\b|\bbig[\s-]?o\b|\bO\([^)]*\)",
            r"\b(fast|efficient|optimal|optimi[sz]e|optimi[sz]ed|scale|slow)\b.{0,30}\b(enough|solution|approach|code)?",
            r"\btime limit\b|\bruntime\b|\bspace\b.{0,20}\b(usage|complexity|memory)\b",
        ),
    ),
    (
        Intent.CLARIFY_CONSTRAINTS,
        _rx(
            r"\bconstraint(s)?\b|\blimit(s)?\b|\brange\b|\bbounds?\b",
            r"\bcan (the |a )?\w+ (be|contain|have)\b.{0,40}"
            r"(negative|empty|zero|duplicate|null|none|sorted|unique|large|big|overflow)",
            r"\b(is|are) (the )?\w+ (sorted|unique|distinct|positive|negative|bounded|empty)\b",
            r"\bhow (big|large|long|many)\b|\bmax(imum)?\b.{0,20}\b(size|length|value|n)\b",
            r"\bassume\b|\bguarantee(d)?\b|\balways (a|one|exactly)\b|\bedge case(s)?\b",
            r"\bduplicates?\b|\bnegative(s)?\b|\bempty\b",
        ),
    ),
    (
        Intent.CLARIFY_EXAMPLES,
        _rx(
            r"\bexample(s)?\b|\bsample(s)?\b|\bsample input\b|\bwalk (me )?through\b",
            r"\bwhat should (it|the function|we|i) return\b|\bexpected output\b|\boutput format\b",
            r"\bwhat does .{0,30} mean\b|\bdon'?t understand\b|\bunclear\b|\bclarify\b",
            r"\b(explain|restate|repeat|rephrase|summari[sz]e)\b.{0,20}\b(problem|question|task|"
            r"statement)\b",
        ),
    ),
    (
        Intent.RIGHT_TRACK,
        _rx(
            r"\bright (track|direction|idea|approach)\b|\bon track\b",
            r"\b(does|would) (this|that|my) (approach|idea|plan|solution) (work|make sense)\b",
            r"\bis (this|that|my) (approach|idea|plan) "
            r"(ok|okay|good|right|correct|fine|reasonable)\b",
            r"\bam i (close|right|wrong|on)\b|\bgood idea\b|\bmakes sense\?",
            r"\b(is|does) (my|this|the) (code|solution|function|implementation) "
            r"(look )?(correct|right|work|ok|okay|good|fine)\b",
            r"\bwhat do you think\b|\bsound(s)? (ok|good|right|reasonable)\b",
        ),
    ),
    (
        Intent.STUCK,
        _rx(
            r"\bstuck\b|\blost\b|\bno idea\b|\bconfused\b|\bdon'?t know\b",
            r"\bcan'?t (figure|think|see|get)\b",
            r"\bgive up\b|\bi'?m blank\b|\bblanking\b|\bnot sure (how|what|where)\b",
        ),
    ),
    (
        Intent.DONE,
        _rx(
            r"^\s*((yes|yeah|yep|ok|okay)[,.!]?\s+)?(i'?m |i am )?(done|finished)\b",
            r"\b(let'?s|i('?d| would) like to|i want to) (stop|finish|end)\b|\bstop here\b",
            r"\b(i'?m|i am|we'?re|we are) (done|finished|ready)\b",
            r"\bthat'?s (it|all)\b|\bsubmit(ting|ted)?\b",
            r"\bend (the )?interview\b|\bwrap (it )?up\b",
        ),
    ),
    (
        Intent.GREETING,
        _rx(
            r"^\s*(hi|hello|hey|good (morning|afternoon|evening)|thanks|thank you|ok(ay)?|cool)"
            r"\b[\s!.]*$"
        ),
    ),
    (
        Intent.OFF_TOPIC,
        _rx(
            r"\bweather\b|\bjoke\b|\bmovie(s)?\b|\bfootball\b|\bsoccer\b|\brecipe\b|\bpolitic(s|al)\b",
            r"\bsalary\b|\bvacation\b|\bwho are you\b|\bare you (human|a bot|real|an ai)\b",
            r"\bpoem\b|\bsong\b",
            r"\bwhat time is it\b|\bstock(s)?\b|\bcrypto\b|\bbitcoin\b|\bgame(s)?\b",
        ),
    ),
]

_CODING_WORDS = re.compile(
    r"\b(array|list|loop|index|indices|hash|map|dict|set|sort|pointer|stack|queue|tree|graph|"
    r"recurs|iterate|return|function|variable|o\(|test|input|output|value|string|number|"
    r"brute|approach|algorithm|solution|code|bug|error|edge|case|time|memory|node|key|pair|sum|"
    r"python|java|javascript|c\+\+|language|library|import|class|method|type|problem)",
    re.IGNORECASE,
)


def classify(message: str) -> Intent:
    """Recognise what a candidate's chat message asks for.

    Parameters
    ----------
    message
        One chat message, as typed.

    Returns
    -------
    Intent
        The first matching intent in priority order; :attr:`Intent.STATEMENT`
        for messages about the problem that ask for nothing in particular, and
        :attr:`Intent.OFF_TOPIC` for ones that are not about the problem at all.
    """
    text = message.strip()
    if not text:
        return Intent.EMPTY
    for intent, pattern in _RULES:
        if pattern.search(text):
            return intent
    if _CODING_WORDS.search(text):
        return Intent.STATEMENT
    if text.endswith("?"):
        return Intent.OFF_TOPIC
    return Intent.STATEMENT
