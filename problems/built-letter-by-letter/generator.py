"""Hidden tests for built-letter-by-letter."""

import random

SEED = 2026


def word(rng: random.Random, n: int, letters: str = "abc") -> str:
    return "".join(rng.choice(letters) for _ in range(n))


def grown(rng: random.Random, n: int, longest: int, letters: str = "abc") -> list[str]:
    """Words that grow from each other (chains of prefixes) plus some strays."""
    out: list[str] = []
    for _ in range(n):
        base = word(rng, rng.randint(1, longest), letters)
        cut = rng.randint(0, len(base))
        out += [base[:i] for i in range(1, len(base) + 1) if i != cut]
    rng.shuffle(out)
    return out


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single one-letter word", {"words": ["q"]}),
        ("single long word", {"words": ["quiz"]}),
        ("no one-letter words", {"words": ["ab", "abc", "bc"]}),
        ("tie broken alphabetically", {"words": ["b", "a", "bc", "ad"]}),
        ("longer word wins over smaller letters", {"words": ["a", "z", "zy", "zyx"]}),
        ("gap in the chain", {"words": ["m", "mo", "mous", "mouse"]}),
        ("duplicates", {"words": ["a", "a", "ab", "ab"]}),
        ("only one-letter words", {"words": ["x", "c", "k"]}),
        ("chain of thirty", {"words": ["p" * i for i in range(1, 31)]}),
        ("two chains of equal length", {"words": ["c", "ca", "cab", "b", "bo", "box"]}),
    ]
    for _ in range(10):
        out.append(("random", {"words": grown(rng, rng.randint(1, 6), 6)}))
    out.append(("large", {"words": grown(rng, 60, 30, "abcdefghij")[:1000]}))
    out.append(("large strays only", {"words": [word(rng, rng.randint(2, 30), "ab") for _ in range(1000)]}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """Word chains totalling about n letters, for the complexity probe."""
    return {"words": grown(rng, max(1, n // 60), 10, "abcdefghijklmnopqrstuvwxyz")}
