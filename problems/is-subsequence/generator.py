"""Hidden tests for is-subsequence."""

import random
import string

SEED = 2026


def word(rng: random.Random, n: int, letters: str = "abc") -> str:
    return "".join(rng.choice(letters) for _ in range(n))


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("both empty", {"pattern": "", "text": ""}),
        ("empty pattern", {"pattern": "", "text": "abc"}),
        ("empty text", {"pattern": "a", "text": ""}),
        ("equal strings", {"pattern": "interview", "text": "interview"}),
        ("pattern longer", {"pattern": "abcd", "text": "abc"}),
        ("single letter found", {"pattern": "z", "text": "xyz"}),
        ("single letter missing", {"pattern": "q", "text": "xyz"}),
        ("doubled letter needs two", {"pattern": "aa", "text": "bab"}),
        ("doubled letter present", {"pattern": "aa", "text": "baba"}),
        ("right letters wrong order", {"pattern": "ba", "text": "ab"}),
        ("last letter at the very end", {"pattern": "az", "text": "a" + "m" * 40 + "z"}),
        ("all letters", {"pattern": string.ascii_lowercase, "text": string.ascii_lowercase * 2}),
    ]
    for _ in range(4):
        text = word(rng, rng.randint(1, 40))
        keep = sorted(rng.sample(range(len(text)), rng.randint(0, len(text))))
        out.append(("random kept in order", {"pattern": "".join(text[i] for i in keep), "text": text}))
    for _ in range(4):
        out.append(("random", {"pattern": word(rng, rng.randint(1, 8)), "text": word(rng, rng.randint(0, 20))}))
    text = word(rng, 10_000, string.ascii_lowercase)
    keep = sorted(rng.sample(range(10_000), 100))
    out.append(("large kept in order", {"pattern": "".join(text[i] for i in keep), "text": text}))
    out.append(("large missing last letter", {"pattern": "a" * 99 + "b", "text": "a" * 10_000}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """A text of n letters whose pattern is only completed at the very end."""
    n = max(1, n)
    return {"pattern": "a" * min(100, n // 2) + "b", "text": "a" * n + "b"}
