"""Hidden tests for mirror-the-bits."""

import random

SEED = 2026
TOP = 2**32 - 1


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("zero", {"word": 0}),
        ("all ones", {"word": TOP}),
        ("lowest bit only", {"word": 1}),
        ("highest bit only", {"word": 2**31}),
        ("palindrome word", {"word": 0x80000001}),
        ("alternating bits", {"word": 0xAAAAAAAA}),
        ("alternating bits, other phase", {"word": 0x55555555}),
        ("low half set", {"word": 0x0000FFFF}),
        ("one byte", {"word": 0xB4}),
        ("top bit and low bits", {"word": 0x80000006}),
        ("largest signed 32-bit value", {"word": 2**31 - 1}),
    ]
    for _ in range(6):
        out.append(("random", {"word": rng.randint(0, TOP)}))
    for _ in range(3):
        out.append(("random small", {"word": rng.randint(2, 1000)}))
    for _ in range(2):
        out.append(("random with the top bit set", {"word": rng.randint(2**31, TOP)}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]
