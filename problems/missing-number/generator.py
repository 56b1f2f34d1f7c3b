"""Hidden tests for missing-number."""

import random

SEED = 2026


def _lost(rng: random.Random, n: int, lost: int) -> list[int]:
    nums = [v for v in range(n + 1) if v != lost]
    rng.shuffle(nums)
    return nums


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single ticket, zero lost", {"nums": [1]}),
        ("single ticket, last lost", {"nums": [0]}),
        ("zero lost", {"nums": [3, 1, 2]}),
        ("largest lost", {"nums": [2, 0, 1]}),
        ("sorted, middle lost", {"nums": [0, 1, 2, 4, 5, 6]}),
        ("reverse sorted", {"nums": [7, 6, 5, 4, 3, 2, 0]}),
        ("power of two boundary", {"nums": [v for v in range(17) if v != 8]}),
        ("two tickets, middle lost", {"nums": [2, 0]}),
    ]
    for _ in range(8):
        n = rng.randint(2, 40)
        out.append(("random", {"nums": _lost(rng, n, rng.randint(0, n))}))
    for _ in range(2):
        n = rng.randint(100, 1000)
        out.append(("random medium", {"nums": _lost(rng, n, rng.randint(0, n))}))
    out.append(("large, zero lost", {"nums": _lost(rng, 100_000, 0)}))
    out.append(("large, largest lost", {"nums": _lost(rng, 100_000, 100_000)}))
    out.append(("large", {"nums": _lost(rng, 100_000, rng.randint(1, 99_999))}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n shuffled tickets with the lost one near the top, for the complexity probe."""
    n = max(1, n)
    return {"nums": _lost(rng, n, n - rng.randint(0, max(0, n // 10)))}
