"""Hidden tests for cooldown-job-runner."""

import random
import string

SEED = 2026


def jobs(rng: random.Random, size: int, kinds: str) -> list[str]:
    return [rng.choice(kinds) for _ in range(size)]


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single job", {"tasks": ["A"], "n": 5}),
        ("no cooldown", {"tasks": ["A", "A", "A", "B"], "n": 0}),
        ("one kind many jobs", {"tasks": ["C"] * 5, "n": 3}),
        ("two tied kinds", {"tasks": ["A", "A", "B", "B"], "n": 2}),
        ("enough other kinds to fill gaps", {"tasks": ["A", "A", "A", "B", "C", "D", "E", "F"], "n": 2}),
        ("more kinds than the gap needs", {"tasks": list("AABBCCDDEE"), "n": 1}),
        ("all different", {"tasks": list("ABCDEFG"), "n": 100}),
        ("large cooldown", {"tasks": ["Q", "Q"], "n": 100}),
        ("three-way tie", {"tasks": list("AAABBBCCC"), "n": 3}),
        ("every letter", {"tasks": list(string.ascii_uppercase) * 2, "n": 30}),
    ]
    for _ in range(10):
        out.append(("random", {"tasks": jobs(rng, rng.randint(1, 30), "ABCDE"[: rng.randint(1, 5)]), "n": rng.randint(0, 6)}))
    out.append(("large random", {"tasks": jobs(rng, 10_000, string.ascii_uppercase), "n": 50}))
    out.append(("large one heavy kind", {"tasks": ["Z"] * 3_000 + jobs(rng, 3_000, "ABC"), "n": 7}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n jobs of 26 kinds and a cooldown of 30, for the complexity probe."""
    return {"tasks": jobs(rng, max(1, n), string.ascii_uppercase), "n": 30}
