"""Hidden tests for longest-substring-without-repeating."""

import random
import string

SEED = 2026
PRINTABLE = string.ascii_letters + string.digits + string.punctuation + " "


def _text(rng: random.Random, n: int, alphabet: str) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("empty", {"s": ""}),
        ("single character", {"s": "q"}),
        ("all the same", {"s": "zzzzzzz"}),
        ("all distinct", {"s": "abcdefghij"}),
        ("spaces count", {"s": "a b c a"}),
        ("repeat far back", {"s": "abba"}),
        ("stale index must not move left back", {"s": "tmmzuxt"}),
        ("two characters alternating", {"s": "abababab"}),
        ("every printable once", {"s": PRINTABLE}),
        ("every printable twice", {"s": PRINTABLE + PRINTABLE}),
        ("digits and symbols", {"s": "12!@12!@#"}),
    ]
    for _ in range(5):
        out.append(("random small alphabet", {"s": _text(rng, rng.randint(5, 60), "abcde")}))
    for _ in range(4):
        out.append(("random printable", {"s": _text(rng, rng.randint(20, 200), PRINTABLE)}))
    out.append(("large input", {"s": _text(rng, 30_000, PRINTABLE)}))
    out.append(("large two letters", {"s": _text(rng, 30_000, "xy")}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n random printable characters, for the complexity probe."""
    return {"s": _text(rng, max(1, n), PRINTABLE)}
