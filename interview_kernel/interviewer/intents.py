"""What the candidate is asking for: a small, ordered set of patterns per intent.

Pure: a message in, an :class:`Intent` out. The order of :data:`_RULES` is the
priority: an attempt to extract the solution wins over a plea for a hint, and a
hint request wins over a general "I am stuck".

Two finer routes sit beside :func:`classify`, for the coding interviewer:

- :func:`match_clarification` picks the problem's authored clarification
  (``clarifications:`` in problem.yaml) that a question is about, by scoring the
  authored phrases it contains (longer phrases weigh more; the specific topics,
  such as empty input or duplicates, outrank the generic ones, such as the
  output) plus a small bonus for generic cue words of the topic;
- :func:`asked_approach` recognises a question about a technique ("can I sort?",
  "would a counting array be better?") and names the techniques asked about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..problem import Clarification


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
    CLARIFY = "clarify"  # a question one of the problem's authored clarifications answers
    APPROACH = "approach"  # asks whether a technique (sorting, a heap, ...) would do


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


# -- questions ----------------------------------------------------------------------------

_QUESTION_START = re.compile(
    r"^\s*(and |so |but |also |ok(ay)?,? |hmm,? )?((in|for|on|with|by) (what|which)\b|"
    r"is|are|was|were|do|does|did|can|could|should|shall|would|will|may|might|must|"
    r"what|which|how|when|where|why|who|whose|am)\b",
    re.IGNORECASE,
)
_WONDER = re.compile(
    r"\b(i wonder|wondering|not sure (if|whether)|tell me (if|whether)|do you know if|"
    r"quick question|question:)",
    re.IGNORECASE,
)


def is_question(message: str) -> bool:
    """Whether a message asks something (a question mark, a question word first, "I wonder")."""
    text = message.strip()
    return bool(text) and (
        text.endswith("?") or bool(_QUESTION_START.search(text)) or bool(_WONDER.search(text))
    )


# -- clarifications -------------------------------------------------------------------------

_CUES: dict[str, tuple[str, ...]] = {
    "empty": ("empty", "no elements", "zero length", "length 0", "nothing", "blank", "[]", '""'),
    "duplicates": (
        "duplicate",
        "dupe",
        "repeat",
        "same value",
        "same number",
        "twice",
        "identical",
        "more than once",
    ),
    "order": ("order", "sorted", "sequence", "arrangement", "ascending", "descending"),
    "range": (
        "negative",
        "range",
        "overflow",
        "max value",
        "minimum value",
        "bound",
        "positive",
        "how big",
        "how large",
    ),
    "output": ("return", "output", "result", "print"),
    "size": ("how many", "how long", "length", "size", "up to", "at most"),
    "format": ("format", "type", "represent", "case", "string or", "integer or"),
    "input": ("input", "given", "contain", "consist", "character", "letters"),
    "edge": ("edge case", "what if", "what happens", "corner case", "special case"),
}
"""Generic cue words per clarification topic: they add a small bonus, so that a question
that uses none of the authored phrases still finds the topic it is plainly about."""

_GENERIC_TOPICS = frozenset({"output", "input", "format"})
"""Topics that many questions brush against; a specific topic outranks them on a tie."""

_NAMED = {"input": re.compile(r"\b(input|given)\b", re.IGNORECASE)}
"""A generic topic the question names outright ("is the *input* sorted?") loses its discount."""

_CUE_BONUS = 0.5
_GENERIC_WEIGHT = 0.75


def _has(text: str, phrase: str) -> bool:
    """``phrase`` occurs in ``text`` starting at a word start (it may end mid-word)."""
    phrase = phrase.strip().lower()
    if not phrase:
        return False
    lead = r"(?<![a-z0-9])" if phrase[0].isalnum() else ""
    return re.search(lead + re.escape(phrase), text) is not None


def clarification_score(message: str, clarification: Clarification) -> float:
    """How strongly a question is about one clarification (0 when not at all).

    Every authored phrase found counts its number of words (``"empty string"``
    outweighs ``"empty"``); a generic cue word of the topic adds a half point;
    the generic topics (output, input, format) count three quarters, unless the
    question names the topic outright ("is the input sorted?").
    """
    text = " ".join(message.lower().split())
    score = float(sum(len(p.split()) for p in clarification.ask if _has(text, p)))
    if any(_has(text, c) for c in _CUES.get(clarification.about, ())):
        score += _CUE_BONUS
    named = _NAMED.get(clarification.about)
    if clarification.about in _GENERIC_TOPICS and not (named and named.search(text)):
        score *= _GENERIC_WEIGHT
    return float(score)


def match_clarification(
    message: str, clarifications: Sequence[Clarification]
) -> Clarification | None:
    """The authored clarification a question is about, or ``None`` when none fits.

    The highest :func:`clarification_score` wins; on a tie a specific topic wins
    over a generic one, then the one authored first. A match needs at least one
    authored phrase or, failing that, a cue word of the topic.

    Examples
    --------
    >>> from interview_kernel.problem import Clarification
    >>> cs = [Clarification(about="output", ask=["return"], answer="A list."),
    ...       Clarification(about="empty", ask=["empty"], answer="Return []."),]
    >>> match_clarification("What do I return for an empty list?", cs).about
    'empty'
    >>> match_clarification("Shall we start?", cs) is None
    True
    """
    best: Clarification | None = None
    best_key: tuple[float, int, int] | None = None
    for i, c in enumerate(clarifications):
        score = clarification_score(message, c)
        if score <= 0:
            continue
        key = (score, int(c.about not in _GENERIC_TOPICS), -i)
        if best_key is None or key > best_key:
            best, best_key = c, key
    return best


# -- approach questions ----------------------------------------------------------------------

TECHNIQUES: dict[str, re.Pattern[str]] = {
    "counting array": _rx(
        r"\bcount(ing|s)?[\s-]*(array|sort|table|list)\b",
        r"\bbuckets?[\s-]*(sort|array|list|approach|by|counts?|of counts)\b",
        r"\barray of (26|size|counts?|letters)\b",
        r"\bfrequency (array|table|list)\b",
        r"\b26[\s-](slot|entr|element|int|letter)",
    ),
    "sorting": _rx(r"(?<!topological )\bsort(ing|s)?\b(?!ed)", r"\bsort (it|them|the \w+) first\b"),
    "hash map": _rx(
        r"\bhash(ing|map|table|set)?\b",
        r"\bdict(ionary|ionaries)?\b",
        r"\b(a|hash|tree|ordered) ?maps?\b|\bhashmaps?\b",
        r"\b(a|an|one|two|hash) sets?\b|\bsets of (seen|visited)\b",
        r"\bcounter\b",
        r"\blookup table\b",
    ),
    "heap": _rx(r"\bheaps?\b", r"\bpriority[\s-]queues?\b", r"\bheapq\b"),
    "two pointers": _rx(r"\btwo[\s-]pointers?\b", r"\bpointers? (from|at) (both|each) ends?\b"),
    "binary search": _rx(r"\bbinary[\s-]search", r"\bbisect"),
    "dynamic programming": _rx(
        r"\bdp\b",
        r"\bdynamic programming\b",
        r"\bmemo(i[sz](e|ation)|ization|isation)?\b",
        r"\btabulat",
    ),
    "brute force": _rx(
        r"\bbrute[\s-]?force\b",
        r"\bnested loops?\b",
        r"\btwo (for )?loops\b",
        r"\b(every|all) pairs?\b",
        r"\btry (every|all) (combination|possibilit)",
    ),
    "recursion": _rx(r"\brecurs", r"\bbacktrack"),
    "stack": _rx(r"\bstacks?\b", r"\bmonotonic\b"),
    "graph search": _rx(
        r"\bbfs\b",
        r"\bdfs\b",
        r"\bbreadth[\s-]first\b",
        r"\bdepth[\s-]first\b",
        r"\btopological(ly)? sort",
    ),
    "sliding window": _rx(r"\bsliding[\s-]window\b", r"\bwindows?\b"),
    "trie": _rx(r"\btries\b", r"\btrie\b", r"\bprefix tree\b"),
    "union-find": _rx(r"\bunion[\s-]find\b", r"\bdisjoint[\s-]set"),
    "greedy": _rx(r"\bgreedy\b", r"\bgreedily\b"),
    "prefix sums": _rx(
        r"\bprefix[\s-](sums?|max(imum|ima)?|min(imum|ima)?)\b",
        r"\b(cumulative|running) (sums?|max|min)\b",
    ),
    "bit tricks": _rx(r"\bxor\b", r"\bbit(wise| manipulation| mask|s)?\b"),
}
"""The techniques an approach question can be about, each with the words that name it.
"sorted" (an adjective about the input) is not sorting (a step you take)."""

_APPROACH_CUE = _rx(
    r"\b(can|could|may|should|shall|must) (i|we)\b",
    r"\bwould\b|\bbetter\b|\bfaster\b|\bslower\b|\bworth\b|\boverkill\b",
    r"\b(is|are) (it|that|this)\b.{0,20}\b(ok|okay|fine|allowed|acceptable|enough|efficient)\b",
    r"\b(what|how) about\b|\binstead of\b|\bok to\b|\ballowed to\b",
    r"\b(is|are)\b.{0,40}\b(ok|okay|fine|allowed|acceptable|enough|"
    r"efficient|good idea|overkill|too slow)\b",
    r"\bhelp\b.{0,20}\bhere\b|\bmake sense\b",
    r"\b(could|will|does|can|might) (a|an|using|some)\b.{0,40}\b(work|help|do the job)\b",
)
_ABOUT_OUTPUT = re.compile(
    r"\b(output|result|answer|returned|return value|in the (list|answer)|groups?|"
    r"return (the|a|an|them|it|all|each|every)|"
    r"triples?|pairs? (in|of) the)\b",
    re.IGNORECASE,
)
_ASSUMING = re.compile(r"\bassum|\bguarantee|\bgiven (to us )?(as )?sorted\b", re.IGNORECASE)


def techniques_in(message: str) -> list[str]:
    """The techniques a message names, in :data:`TECHNIQUES` order (each once)."""
    return [name for name, pattern in TECHNIQUES.items() if pattern.search(message)]


def asked_approach(message: str) -> list[str]:
    """The techniques a question asks about ("can I sort?"), or ``[]`` when it asks none.

    A question about what the answer must look like ("should I sort the
    output?") or what the input guarantees ("can I assume it is sorted?") is a
    clarification, not an approach question.

    Examples
    --------
    >>> asked_approach("Can I sort each word?")
    ['sorting']
    >>> asked_approach("Would a counting array be better than a hash map?")
    ['counting array', 'hash map']
    >>> asked_approach("Is the input sorted?"), asked_approach("Do I sort the output?")
    ([], [])
    """
    if not is_question(message) or _ASSUMING.search(message) or _ABOUT_OUTPUT.search(message):
        return []
    if not _APPROACH_CUE.search(message):
        return []
    return techniques_in(message)


_SPOKEN: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bn\s*log\s*n\b|\blinearithmic\b|\blog[\s-]linear\b", re.I), "O(n log n)"),
    (re.compile(r"\bquadratic\b|\bn\s*squared\b", re.I), "O(n^2)"),
    (re.compile(r"\bcubic\b|\bn\s*cubed\b", re.I), "O(n^3)"),
    (re.compile(r"(?<!log[\s-])\blinear\b", re.I), "O(n)"),
    (re.compile(r"\blogarithmic\b", re.I), "O(log n)"),
    (re.compile(r"\bexponential\b", re.I), "O(2^n)"),
    (re.compile(r"\bconstant (time|space|memory)\b", re.I), "O(1)"),
)


def spoken_complexity(message: str) -> list[str]:
    """Complexities said in words ("is quadratic OK?"), as big-O, in the order said.

    Examples
    --------
    >>> spoken_complexity("Is a quadratic solution fine, or do you want linear?")
    ['O(n^2)', 'O(n)']
    >>> spoken_complexity("n log n should do"), spoken_complexity("a plain loop")
    (['O(n log n)'], [])
    """
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for pattern, label in _SPOKEN:
        for m in pattern.finditer(message):
            if not any(a <= m.start() < b for a, b in taken):
                found.append((m.start(), label))
                taken.append(m.span())
    return [label for _, label in sorted(found)]
