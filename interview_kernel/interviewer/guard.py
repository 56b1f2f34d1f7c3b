"""What may never leave the interviewer: the reference solution and hidden tests.

The flow never puts secrets into a message, and a model never sees them; this
guard is the last line: every outgoing message, rule-based or generated, is
checked against fragments of the reference source and of hidden inputs and
expected values, and against code blocks (an interviewer does not write code).
Pure.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..problem import Problem

_MIN_FRAGMENT = 8
_MAX_FRAGMENT = 60
_MAX_WINDOWS = 8
_CODE_LINE_RE = re.compile(
    r"^\s*(def |for .+:\s*$|while .+:\s*$|if .+:\s*$|return\b|class |function\b|"
    r"public |private |const |let |var |int |vector<|#include|import |from \S+ import)",
    re.MULTILINE,
)
_FENCE = "```"


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).lower().replace("'", '"')


def _value_fragments(value: Any) -> Iterator[str]:
    try:
        as_json = json.dumps(value, default=repr)
    except (TypeError, ValueError):
        as_json = repr(value)
    for form in {as_json, repr(value)}:
        s = _squash(form)
        if isinstance(value, (list, tuple, dict, set)) or len(s) >= _MIN_FRAGMENT:
            # a long literal is recognisable by its opening; the tail adds nothing
            yield s[:_MAX_FRAGMENT]
    if isinstance(value, (list, tuple)) and len(value) > 3:
        # a few windows near the start: enough to recognise a quoted input, cheap to check
        for i in range(0, min(len(value) - 2, _MAX_WINDOWS * 3), 3):
            yield _squash(json.dumps(list(value[i : i + 3]), default=repr))[1:-1]


class LeakError(Exception):
    """Raised (and caught by the interviewer) when a message would reveal a secret."""


class Redactor:
    """Knows the secrets of one problem and says whether a text reveals any.

    Parameters
    ----------
    secrets
        Strings that must never appear in a message (compared without
        whitespace, case-insensitively). Fragments shorter than 8 characters are
        ignored, since they would match ordinary prose.
    public
        Text the candidate already sees (statement, hints, visible tests);
        secrets that appear in it are not secrets.
    """

    def __init__(self, secrets: Iterable[str] = (), public: str = ""):
        public_sq = _squash(public)
        self.secrets = sorted(
            {s for s in (_squash(x) for x in secrets) if len(s) >= _MIN_FRAGMENT} - {""},
            key=len,
        )
        self.secrets = [s for s in self.secrets if s not in public_sq]
        self.longest = max((len(s) for s in self.secrets), default=0)

    @classmethod
    def for_problem(cls, problem: Problem) -> Redactor:
        """The redactor for a coding problem: its reference code and its hidden tests."""
        secrets: list[str] = []
        for source in problem.reference.values():
            for line in source.splitlines():
                stripped = line.strip()
                if stripped.startswith(("def ", "class ", "#", "//", "public ", "function ")):
                    continue  # signatures are public; comments are prose
                secrets.append(stripped)
        for test in problem.tests:
            if not test.hidden:
                continue
            for value in test.input.values():
                if isinstance(value, (int, float)) and abs(value) < 10**6:
                    continue  # small numbers are everywhere in prose
                secrets.extend(_value_fragments(value))
            if not isinstance(test.expected, (int, float, bool)) or abs(test.expected) >= 10**6:
                secrets.extend(_value_fragments(test.expected))
        public = "\n".join(
            [problem.statement, *problem.hints, *problem.starter.values()]
            + [
                json.dumps(t.input, default=repr) + json.dumps(t.expected, default=repr)
                for t in problem.visible_tests
            ]
        )
        return cls(secrets, public=public)

    def leak(self, text: str) -> str | None:
        """Why ``text`` may not be sent (``None`` when it is safe)."""
        if _FENCE in text:
            return "a code block"
        if len(_CODE_LINE_RE.findall(text)) >= 2:
            return "lines of code"
        squashed = _squash(text)
        for secret in self.secrets:
            if secret in squashed:
                return "a fragment of the reference solution or of a hidden test"
        return None

    def check(self, text: str) -> str:
        """Return ``text`` unchanged, or raise :class:`LeakError` if it reveals a secret."""
        reason = self.leak(text)
        if reason:
            raise LeakError(reason)
        return text


class StreamGuard:
    """Lets streamed text through only once no secret can be completed by what follows.

    Holds back a tail as long as the longest secret (plus room for whitespace)
    and raises :class:`LeakError` as soon as the text so far reveals one.
    """

    def __init__(self, redactor: Redactor):
        self.redactor = redactor
        self.text = ""
        self.sent = 0
        self.holdback = max(2 * redactor.longest, len(_FENCE)) + 16

    def feed(self, chunk: str) -> str:
        """Add a chunk; return what may be shown now."""
        self.text += chunk
        self.redactor.check(self.text)
        safe_until = max(self.sent, len(self.text) - self.holdback)
        out = self.text[self.sent : safe_until]
        self.sent = safe_until
        return out

    def close(self) -> str:
        """The rest of the text, once the stream has ended and passed the check."""
        self.redactor.check(self.text)
        out = self.text[self.sent :]
        self.sent = len(self.text)
        return out
