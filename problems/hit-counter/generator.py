"""Tests for hit-counter: call sequences; the reference supplies the expected returns."""

import random

SEED = 2026

VISIBLE = [
    ("example-1", ["HitCounter", "hit", "hit", "hit", "getHits", "hit", "getHits", "getHits"],
     [[], [1], [2], [3], [4], [300], [300], [301]]),
    ("example-2", ["HitCounter", "hit", "hit", "getHits", "getHits"], [[], [10], [10], [10], [400]]),
    ("no-hits", ["HitCounter", "getHits"], [[], [5]]),
    ("boundary", ["HitCounter", "hit", "getHits", "getHits"], [[], [100], [399], [400]]),
    ("burst", ["HitCounter", "hit", "hit", "hit", "hit", "getHits"], [[], [7], [7], [7], [8], [8]]),
]


def _random_calls(rng: random.Random, calls: int, step: int, start: int = 1) -> dict:
    ops, args, now = ["HitCounter"], [[]], start
    for _ in range(calls):
        now += rng.randint(0, step)
        if rng.random() < 0.6:
            ops.append("hit")
        else:
            ops.append("getHits")
        args.append([now])
    return {"operations": ops, "arguments": args}


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs."""
    out = [
        ("exactly 300 seconds", {"operations": ["HitCounter", "hit", "getHits", "getHits"],
                                 "arguments": [[], [1], [300], [301]]}),
        ("long silence", {"operations": ["HitCounter", "hit", "hit", "getHits", "hit", "getHits"],
                          "arguments": [[], [1], [2], [10**6], [10**6], [10**6]]}),
        ("largest timestamps", {"operations": ["HitCounter", "hit", "hit", "getHits"],
                                "arguments": [[], [2 * 10**9 - 1], [2 * 10**9], [2 * 10**9]]}),
        ("same second many hits", {"operations": ["HitCounter"] + ["hit"] * 50 + ["getHits"],
                                   "arguments": [[]] + [[42]] * 51}),
        ("queries only", {"operations": ["HitCounter", "getHits", "getHits"],
                          "arguments": [[], [1], [1000]]}),
    ]
    for _ in range(8):
        out.append(("random dense", _random_calls(rng, rng.randint(10, 60), 20)))
    for _ in range(6):
        out.append(("random sparse", _random_calls(rng, rng.randint(10, 60), 250)))
    out.append(("large", _random_calls(rng, 5000, 3)))
    out.append(("large late start", _random_calls(rng, 3000, 2, start=10**9)))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]
