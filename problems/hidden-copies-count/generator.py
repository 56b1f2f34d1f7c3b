"""Hidden tests for hidden-copies-count."""

import random

SEED = 2026


def _word(rng: random.Random, n: int, letters: str) -> str:
    return "".join(rng.choice(letters) for _ in range(n))


def _subsequence(rng: random.Random, text: str, n: int) -> str:
    picks = sorted(rng.sample(range(len(text)), n))
    return "".join(text[k] for k in picks)


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("equal strings", {"text": "abc", "pattern": "abc"}),
        ("single letters match", {"text": "z", "pattern": "z"}),
        ("single letters differ", {"text": "z", "pattern": "y"}),
        ("pattern longer than text", {"text": "ab", "pattern": "abc"}),
        ("letter missing from text", {"text": "hello", "pattern": "hex"}),
        ("order matters", {"text": "ba", "pattern": "ab"}),
        ("one letter pattern counts occurrences", {"text": "mississippi", "pattern": "s"}),
        ("repeated letters", {"text": "aaaaa", "pattern": "aaa"}),
        ("interleaved pattern", {"text": "ababab", "pattern": "ab"}),
        ("overlapping choices", {"text": "abcabcabc", "pattern": "abc"}),
        ("needs the modulo", {"text": "a" * 1000, "pattern": "a" * 500}),
        ("needs the modulo, two letters", {"text": "ab" * 500, "pattern": "ab" * 30}),
    ]
    for _ in range(5):
        text = _word(rng, rng.randint(5, 30), "abc")
        out.append(("random subsequence", {"text": text, "pattern": _subsequence(rng, text, rng.randint(1, 5))}))
    for _ in range(3):
        out.append(("random", {"text": _word(rng, rng.randint(3, 20), "ab"), "pattern": _word(rng, rng.randint(1, 4), "ab")}))
    text = _word(rng, 1000, "abcd")
    out.append(("large", {"text": text, "pattern": _subsequence(rng, text, 300)}))
    out.append(("large, pattern as long as text", {"text": text, "pattern": text}))
    out.append(("large, no match", {"text": _word(rng, 1000, "xyz"), "pattern": _word(rng, 1000, "xyz")}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """A text of n letters and a pattern of n / 2 letters over one letter (every step matches)."""
    n = max(2, n)
    return {"text": "a" * n, "pattern": "a" * (n // 2)}
