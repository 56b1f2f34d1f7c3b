"""Small text helpers shared by the analysers: sentences, words, quotes."""

from __future__ import annotations

import re

_SENTENCE_RE = re.compile(
    r"(?<=[.!?])\s+(?=[\"'(\[]?[A-Z0-9#*-])|\n\s*\n|\n(?=\s*(?:[-*+]|\d+[.)]|#))"
)
_WORD_RE = re.compile(r"[A-Za-z0-9']+")


def sentences(text: str) -> list[str]:
    """Split prose or Markdown into sentences and lines (list items, headings), stripped."""
    parts = _SENTENCE_RE.split(text.strip())
    out = []
    for p in parts:
        p = " ".join(p.split())
        if p:
            out.append(p)
    return out


def words(text: str) -> list[str]:
    """The words of a text, lower-cased."""
    return [w.lower() for w in _WORD_RE.findall(text)]


def quote(sentence: str, limit: int = 160) -> str:
    """A sentence shortened to ``limit`` characters for quoting back as evidence."""
    s = " ".join(sentence.split()).lstrip("-*+# ").strip()
    if len(s) <= limit:
        return s
    cut = s[: limit - 1].rsplit(" ", 1)[0]
    return cut + "…"


def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A case-insensitive pattern for a phrase; ``re:`` introduces a raw regular expression.

    Plain phrases match on word boundaries, with any run of spaces or hyphens
    between their words, so ``rate limit`` also finds ``rate-limiting``.
    """
    if phrase.startswith("re:"):
        return re.compile(phrase[3:], re.IGNORECASE | re.MULTILINE)
    tokens = [re.escape(t) for t in re.split(r"[\s-]+", phrase.strip()) if t]
    body = r"[\s-]+".join(tokens)
    lead = r"\b" if phrase[:1].isalnum() else ""
    return re.compile(lead + body, re.IGNORECASE)
