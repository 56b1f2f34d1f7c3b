"""Hidden tests for no-clashing-meetings."""

import random

SEED = 2026


def _disjoint(rng: random.Random, n: int, gap_max: int = 5, length_max: int = 50) -> list[list[int]]:
    """n meetings that never overlap (some back to back), shuffled."""
    out, t = [], rng.randint(0, 10)
    for _ in range(n):
        t += rng.randint(0, gap_max)
        length = rng.randint(1, length_max)
        out.append([t, t + length])
        t += length
    rng.shuffle(out)
    return out


def _with_clash(rng: random.Random, n: int) -> list[list[int]]:
    out = _disjoint(rng, n - 1)
    victim = rng.choice(out)
    start = rng.randint(victim[0], victim[1] - 1)
    out.append([start, start + rng.randint(1, 30)])
    rng.shuffle(out)
    return out


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("no meetings", {"meetings": []}),
        ("one meeting", {"meetings": [[3, 8]]}),
        ("back to back", {"meetings": [[2, 4], [0, 2], [4, 9]]}),
        ("overlap by one unit", {"meetings": [[0, 5], [4, 9]]}),
        ("identical meetings", {"meetings": [[5, 6], [5, 6]]}),
        ("one inside another", {"meetings": [[1, 100], [40, 41]]}),
        ("same start", {"meetings": [[3, 4], [3, 10]]}),
        ("same end", {"meetings": [[1, 10], [9, 10]]}),
        ("clash between non-neighbours in input order", {"meetings": [[20, 30], [0, 5], [6, 8], [25, 26]]}),
        ("clash only after sorting by start", {"meetings": [[10, 12], [0, 11]]}),
        ("extreme times", {"meetings": [[0, 1], [999_999, 1_000_000]]}),
        ("long meeting hides later clash", {"meetings": [[0, 50], [10, 20], [30, 40]]}),
    ]
    for _ in range(4):
        out.append(("random without clash", {"meetings": _disjoint(rng, rng.randint(2, 20))}))
    for _ in range(4):
        out.append(("random with one clash", {"meetings": _with_clash(rng, rng.randint(3, 20))}))
    out.append(("large without clash", {"meetings": _disjoint(rng, 10_000, 40, 50)}))
    out.append(("large with one clash", {"meetings": _with_clash(rng, 10_000)}))
    out.append(("large back to back", {"meetings": [[t * 100, t * 100 + 100] for t in range(10_000)][::-1]}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n shuffled meetings that never clash (every pair must be checked), for the probe."""
    return {"meetings": _disjoint(rng, max(1, n))}
