"""Hidden tests for longest-repeat-with-swaps."""

import random
import string

SEED = 2026


def word(rng: random.Random, n: int, letters: str = "AB") -> str:
    return "".join(rng.choice(letters) for _ in range(n))


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single letter", {"s": "Z", "k": 0}),
        ("single letter with an edit", {"s": "Z", "k": 1}),
        ("all the same", {"s": "MMMMMM", "k": 0}),
        ("all different no edits", {"s": "ABCDEFG", "k": 0}),
        ("all different some edits", {"s": "ABCDEFG", "k": 3}),
        ("k equals the length", {"s": "ABCAB", "k": 5}),
        ("edit joins two runs", {"s": "AAABAAA", "k": 1}),
        ("edits at the edges", {"s": "BAAAB", "k": 2}),
        ("best run is at the end", {"s": "ABCDDDD", "k": 1}),
        ("alternating", {"s": "AB" * 10, "k": 4}),
        ("whole alphabet", {"s": string.ascii_uppercase, "k": 2}),
    ]
    for _ in range(5):
        out.append(("random two letters", {"s": word(rng, rng.randint(1, 40)), "k": rng.randint(0, 5)}))
    for _ in range(4):
        s = word(rng, rng.randint(1, 40), "ABCDE")
        out.append(("random five letters", {"s": s, "k": rng.randint(0, len(s))}))
    out.append(("large random", {"s": word(rng, 20_000, "ABCD"), "k": 50}))
    out.append(("large no edits", {"s": word(rng, 20_000, string.ascii_uppercase), "k": 0}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n random letters from four and a budget that grows with n, for the probe."""
    n = max(1, n)
    return {"s": word(rng, n, "ABCD"), "k": n // 8}
