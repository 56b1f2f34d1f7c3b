"""Hidden tests for count-set-bits."""

import random

SEED = 2026
TOP = 2**32 - 1


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("all off", {"panel": 0}),
        ("all on", {"panel": TOP}),
        ("lowest switch only", {"panel": 1}),
        ("top switch only", {"panel": 2**31}),
        ("largest signed 32-bit value", {"panel": 2**31 - 1}),
        ("top and bottom", {"panel": 2**31 + 1}),
        ("alternating", {"panel": 0xAAAAAAAA}),
        ("alternating, other phase", {"panel": 0x55555555}),
        ("power of two minus one", {"panel": 2**20 - 1}),
        ("power of two", {"panel": 2**16}),
        ("one byte on", {"panel": 0xFF000000}),
    ]
    for _ in range(6):
        out.append(("random", {"panel": rng.randint(0, TOP)}))
    for _ in range(2):
        out.append(("random small", {"panel": rng.randint(2, 300)}))
    for _ in range(2):
        out.append(("random sparse", {"panel": sum(1 << k for k in rng.sample(range(32), 3))}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]
