"""Hidden tests for prefix-popularity-totals."""

import random

SEED = 2026


def word(rng: random.Random, n: int, letters: str = "ab") -> str:
    return "".join(rng.choice(letters) for _ in range(n))


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single letter", {"words": ["a"]}),
        ("single word", {"words": ["interview"]}),
        ("no shared letters", {"words": ["ab", "cd", "ef"]}),
        ("identical words", {"words": ["xyz"] * 4}),
        ("nested prefixes", {"words": ["a", "ab", "abc", "abcd"]}),
        ("shared first letter only", {"words": ["ba", "bc", "bd"]}),
        ("one long word and its start", {"words": ["a" * 50, "a"]}),
        ("unrelated single letters", {"words": ["q", "r", "s", "q"]}),
        ("branching tree of words", {"words": ["tea", "ten", "to", "inn", "in", "i"]}),
    ]
    for _ in range(10):
        out.append(("random", {"words": [word(rng, rng.randint(1, 6)) for _ in range(rng.randint(1, 15))]}))
    out.append(("random wide alphabet", {"words": [word(rng, rng.randint(1, 8), "abcdefghij") for _ in range(60)]}))
    out.append(("large shared prefixes", {"words": ["m" * 200 + word(rng, rng.randint(0, 50)) for _ in range(300)]}))
    out.append(("large random", {"words": [word(rng, rng.randint(1, 300), "abc") for _ in range(300)]}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """About n letters in all: n // 8 words of 8 letters (quadratic to compare pairwise)."""
    return {"words": [word(rng, 8, "abc") for _ in range(max(1, n // 8))]}
