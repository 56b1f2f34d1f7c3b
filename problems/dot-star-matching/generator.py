"""Hidden tests for dot-star-matching."""

import random

SEED = 2026


def _rule(rng: random.Random, n: int, letters: str) -> str:
    out = []
    while len(out) < n:
        out.append(rng.choice(letters + "."))
        if rng.random() < 0.4:
            out.append("*")
    return "".join(out)


def _text_for(rng: random.Random, rule: str) -> str:
    """A text that the rule matches (each unit expanded at random)."""
    out = []
    k = 0
    while k < len(rule):
        ch = rule[k]
        star = k + 1 < len(rule) and rule[k + 1] == "*"
        times = rng.randint(0, 3) if star else 1
        for _ in range(times):
            out.append(rng.choice("ab") if ch == "." else ch)
        k += 2 if star else 1
    return "".join(out)


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("empty text, star rule", {"text": "", "rule": "a*"}),
        ("empty text, plain rule", {"text": "", "rule": "a"}),
        ("empty text, dot", {"text": "", "rule": "."}),
        ("exact letters", {"text": "abc", "rule": "abc"}),
        ("rule matches only a prefix", {"text": "abcd", "rule": "abc"}),
        ("dot star matches anything", {"text": "anything", "rule": ".*"}),
        ("star of zero copies", {"text": "b", "rule": "a*b"}),
        ("star used greedily would fail", {"text": "aaa", "rule": "a*a"}),
        ("star repeats only one character", {"text": "abab", "rule": "ab*"}),
        ("dot star then a fixed ending", {"text": "abcxyz", "rule": ".*xyz"}),
        ("dot star cannot supply a missing ending", {"text": "abcxy", "rule": ".*xyz"}),
        ("many stars in a row of units", {"text": "aab", "rule": "c*a*b*"}),
        ("backtracking-heavy rule", {"text": "a" * 30 + "b", "rule": "a*" * 10 + "c"}),
        ("longest, matching", {"text": "ab" * 25, "rule": "ab" * 20 + ".*"}),
    ]
    for _ in range(4):
        r = _rule(rng, rng.randint(2, 10), "ab")
        out.append(("random matching", {"text": _text_for(rng, r), "rule": r}))
    for _ in range(4):
        out.append(("random", {"text": "".join(rng.choice("ab") for _ in range(rng.randint(0, 10))), "rule": _rule(rng, rng.randint(1, 8), "ab")}))
    r = _rule(rng, 45, "abc")
    out.append(("long random matching", {"text": _text_for(rng, r)[:50], "rule": r}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """A text of n letters and a rule of n units "a*" (a table of about n^2 cells), for the probe."""
    n = max(1, n)
    return {"text": "a" * n, "rule": "a*" * n}
