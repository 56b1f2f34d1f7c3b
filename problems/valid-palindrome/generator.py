"""Hidden tests for valid-palindrome."""

import random
import string

SEED = 2026
NOISE = " ,.;:!?'-_()"


def _dress(rng: random.Random, core: str) -> str:
    out = []
    for ch in core:
        if rng.random() < 0.3:
            out.append(rng.choice(NOISE))
        out.append(ch.upper() if rng.random() < 0.4 else ch)
    return "".join(out)


def _pal(rng: random.Random, n: int) -> str:
    half = "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(n // 2))
    mid = rng.choice(string.ascii_lowercase) if n % 2 else ""
    return half + mid + half[::-1]


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("empty", {"s": ""}),
        ("single character", {"s": "x"}),
        ("only punctuation", {"s": ".,!? ;"}),
        ("digits and letters differ", {"s": "0P"}),
        ("case only", {"s": "AbBa"}),
        ("digits", {"s": "12321"}),
        ("digits not palindrome", {"s": "1231"}),
        ("punctuation at the ends", {"s": "...a..."}),
        ("one punctuation between", {"s": "a,b"}),
        ("near miss in the middle", {"s": "abcdxcba"}),
    ]
    for _ in range(6):
        out.append(("random palindrome", {"s": _dress(rng, _pal(rng, rng.randint(2, 40)))}))
    for _ in range(4):
        core = list(_pal(rng, rng.randint(4, 40)))
        i = rng.randrange(len(core))
        core[i] = "#" if core[i] != "#" else "q"
        core[len(core) - 1 - i] = "7" if core[len(core) - 1 - i] != "7" else "8"
        out.append(("random near miss", {"s": _dress(rng, "".join(core))}))
    out.append(("large palindrome", {"s": _dress(rng, _pal(rng, 30_000))}))
    out.append(("large near miss", {"s": _dress(rng, _pal(rng, 30_000)) + "z9"}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """A dressed palindrome of about n characters, for the complexity probe."""
    return {"s": _dress(rng, _pal(rng, max(1, n)))}
