"""Hidden tests for respace-the-sentence."""

import random

SEED = 2026


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single word", {"text": "tea", "words": ["tea"]}),
        ("single letter", {"text": "a", "words": ["b"]}),
        ("no split possible", {"text": "applepie", "words": ["apple", "pi"]}),
        ("same word repeated", {"text": "abab", "words": ["ab"]}),
        ("prefix words", {"text": "penpineapple", "words": ["pen", "pine", "apple", "pineapple"]}),
        ("dead end after a greedy choice", {"text": "carton", "words": ["cart", "car", "ton"]}),
        ("unused dictionary words", {"text": "dogs", "words": ["dog", "s", "cat", "do", "gs"]}),
        ("single letters multiply the ways", {"text": "aaaa", "words": ["a", "aa"]}),
        ("longest word length", {"text": "abcdefghijabcdefghij", "words": ["abcdefghij", "abcde", "fghij"]}),
        ("dead end at the last letter", {"text": "aaaaaaaaaaaaaaaaaaab", "words": ["a", "aa", "aaa"]}),
        ("many ways, capped size", {"text": "aaaaaaaaaaaaaa", "words": ["a", "aa", "aaa"]}),
    ]
    letters = "ab"
    for _ in range(6):
        vocab = sorted({"".join(rng.choice(letters) for _ in range(rng.randint(1, 4))) for _ in range(6)})
        pieces = [rng.choice(vocab) for _ in range(rng.randint(1, 5))]
        out.append(("random splittable", {"text": "".join(pieces)[:20], "words": vocab}))
    for _ in range(2):
        vocab = sorted({"".join(rng.choice("abc") for _ in range(rng.randint(2, 3))) for _ in range(5)})
        out.append(("random text", {"text": "".join(rng.choice("abc") for _ in range(rng.randint(5, 12))), "words": vocab}))
    big = sorted({"".join(rng.choice("xyz") for _ in range(rng.randint(3, 10))) for _ in range(1000)})[:1000]
    out.append(("large dictionary", {"text": (big[0] + big[1] + big[2])[:20], "words": big}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]
