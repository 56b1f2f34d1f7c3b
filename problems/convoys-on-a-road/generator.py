"""Hidden tests for convoys-on-a-road."""

import random

SEED = 2026


def trucks(rng: random.Random, n: int, target: int, top_speed: int) -> dict:
    position = rng.sample(range(target), n)
    speed = [rng.randint(1, top_speed) for _ in range(n)]
    return {"target": target, "position": position, "speed": speed}


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single truck", {"target": 1, "position": [0], "speed": [1]}),
        ("two trucks never meet", {"target": 10, "position": [6, 2], "speed": [4, 1]}),
        ("two trucks meet on the road", {"target": 10, "position": [6, 2], "speed": [1, 4]}),
        ("meet exactly at the depot", {"target": 10, "position": [5, 0], "speed": [1, 2]}),
        ("meet just after the depot", {"target": 10, "position": [5, 0], "speed": [1, 1]}),
        ("all one convoy", {"target": 100, "position": [90, 50, 10], "speed": [1, 5, 9]}),
        ("nobody catches up", {"target": 100, "position": [90, 50, 10], "speed": [10, 5, 1]}),
        ("listed in no order", {"target": 20, "position": [4, 18, 0, 9], "speed": [3, 1, 6, 2]}),
        ("equal arrival times", {"target": 12, "position": [0, 6, 9], "speed": [4, 2, 1]}),
        ("fractional times", {"target": 10, "position": [0, 1, 2], "speed": [3, 3, 3]}),
        ("extremes", {"target": 10**6, "position": [0, 10**6 - 1], "speed": [10**6, 1]}),
    ]
    for _ in range(9):
        target = rng.randint(2, 60)
        out.append(("random", trucks(rng, rng.randint(1, min(target, 20)), target, 6)))
    out.append(("large random", trucks(rng, 5_000, 10**6, 10**6)))
    out.append(("large slow leader", {"target": 10**6, "position": list(range(5_000)), "speed": [10**6 - i for i in range(4_999)] + [1]}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n trucks where each is faster than the one behind it (no convoys merge)."""
    n = max(1, n)
    order = list(range(n))
    rng.shuffle(order)
    return {"target": 10**6, "position": [p * 10 for p in order], "speed": [p + 1 for p in order]}
