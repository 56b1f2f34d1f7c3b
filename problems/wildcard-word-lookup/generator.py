"""Hidden tests for wildcard-word-lookup."""

import random

SEED = 2026


def word(rng: random.Random, n: int, letters: str = "abc") -> str:
    return "".join(rng.choice(letters) for _ in range(n))


def blank_out(rng: random.Random, w: str, blanks: int) -> str:
    chars = list(w)
    for i in rng.sample(range(len(w)), min(blanks, len(w))):
        chars[i] = "."
    return "".join(chars)


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("exact match", {"words": ["lock"], "queries": ["lock"]}),
        ("prefix is not a match", {"words": ["locker"], "queries": ["lock"]}),
        ("longer query", {"words": ["lock"], "queries": ["locks", "lock."]}),
        ("all blanks", {"words": ["abc", "de"], "queries": ["...", "..", ".", "...."]}),
        ("blank at the start", {"words": ["bat", "cat"], "queries": [".at", ".ot"]}),
        ("blank at the end", {"words": ["bat", "bag"], "queries": ["ba.", "bo."]}),
        ("branching needed", {"words": ["abx", "acy"], "queries": ["a.y", "a.x", "a.z"]}),
        ("single letters", {"words": ["a", "b"], "queries": ["a", "c", "."]}),
        ("repeated words", {"words": ["go", "go", "go"], "queries": ["g.", ".o", "o."]}),
        ("word and its prefix stored", {"words": ["in", "inn"], "queries": ["i.", "i..", "i..."]}),
    ]
    for _ in range(10):
        words = [word(rng, rng.randint(1, 5)) for _ in range(rng.randint(1, 15))]
        queries = [blank_out(rng, rng.choice(words) if rng.random() < 0.5 else word(rng, rng.randint(1, 5)), rng.randint(0, 3)) for _ in range(rng.randint(1, 10))]
        out.append(("random", {"words": words, "queries": queries}))
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = [word(rng, rng.randint(5, 12), letters) for _ in range(3_000)]
    queries = [blank_out(rng, rng.choice(words) if rng.random() < 0.5 else word(rng, rng.randint(5, 12), letters), 2) for _ in range(1_500)]
    out.append(("large", {"words": words, "queries": queries}))
    out.append(("large same length misses", {"words": [word(rng, 10, "ab") for _ in range(2_000)], "queries": ["..." + word(rng, 7, "ab") for _ in range(500)] + ["c" * 10]}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n stored words and n queries of the same length with two blanks (comparing every
    query with every word is quadratic)."""
    n = max(1, n)
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = [word(rng, 8, letters) for _ in range(n)]
    queries = [word(rng, 1, letters) + "." + word(rng, 5, letters) + "." for _ in range(n)]
    return {"words": words, "queries": queries}
