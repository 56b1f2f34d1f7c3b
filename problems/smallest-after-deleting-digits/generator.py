"""Hidden tests for smallest-after-deleting-digits."""

import random

SEED = 2026


def number(rng: random.Random, n: int, digits: str = "0123456789") -> str:
    return rng.choice("123456789") + "".join(rng.choice(digits) for _ in range(n - 1)) if n > 1 else rng.choice("0123456789")


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single digit kept", {"num": "7", "k": 0}),
        ("single digit deleted", {"num": "7", "k": 1}),
        ("zero", {"num": "0", "k": 0}),
        ("delete everything", {"num": "98765", "k": 5}),
        ("no deletions", {"num": "98765", "k": 0}),
        ("rising digits", {"num": "123456", "k": 2}),
        ("falling digits", {"num": "654321", "k": 2}),
        ("leading zeros appear", {"num": "100200", "k": 1}),
        ("only zeros left", {"num": "900", "k": 1}),
        ("equal digits", {"num": "1111111", "k": 3}),
        ("valley in the middle", {"num": "5337", "k": 2}),
    ]
    for _ in range(9):
        num = number(rng, rng.randint(1, 30))
        out.append(("random", {"num": num, "k": rng.randint(0, len(num))}))
    big = number(rng, 20_000)
    out.append(("large random", {"num": big, "k": 7_000}))
    out.append(("large rising then falling", {"num": "1" + "".join(str(d) for d in range(10)) * 500 + "9" * 5_000, "k": 2_500}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n rising digits then one small digit, deleting half: rescanning is quadratic."""
    n = max(2, n)
    return {"num": "1" + "".join(str(1 + i * 9 // n) for i in range(n - 1)), "k": n // 2}
