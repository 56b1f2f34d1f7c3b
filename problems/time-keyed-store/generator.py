"""Tests for time-keyed-store: call sequences; the reference supplies the expected returns."""

import random

SEED = 2026

VISIBLE = [
    ("example-1", ["TimeMap", "set", "get", "get", "set", "get", "get"],
     [[], ["door", "open", 2], ["door", 2], ["door", 5], ["door", "shut", 6], ["door", 5], ["door", 9]]),
    ("example-2", ["TimeMap", "set", "get", "get"], [[], ["x", "1", 10], ["x", 9], ["y", 10]]),
    ("two-keys", ["TimeMap", "set", "set", "get", "get"],
     [[], ["a", "red", 1], ["b", "blue", 2], ["a", 2], ["b", 1]]),
    ("exact-time", ["TimeMap", "set", "set", "get", "get"],
     [[], ["k", "v1", 3], ["k", "v2", 7], ["k", 7], ["k", 6]]),
    ("empty-store", ["TimeMap", "get"], [[], ["k", 1]]),
]


def _random_calls(rng: random.Random, calls: int, keys: int, gap: int) -> dict:
    ops, args, now = ["TimeMap"], [[]], 0
    names = [f"k{i}" for i in range(keys)]
    for _ in range(calls):
        key = rng.choice(names)
        if rng.random() < 0.5:
            now += rng.randint(1, gap)
            ops.append("set")
            args.append([key, f"v{rng.randint(0, 999)}", now])
        else:
            ops.append("get")
            args.append([key, rng.randint(1, now + gap)])
    return {"operations": ops, "arguments": args}


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs."""
    out = [
        ("before the first value", {"operations": ["TimeMap", "set", "get"],
                                    "arguments": [[], ["a", "b", 5], ["a", 4]]}),
        ("earliest and latest time", {"operations": ["TimeMap", "set", "set", "get", "get"],
                                      "arguments": [[], ["t", "first", 1], ["t", "last", 10**7],
                                                    ["t", 1], ["t", 10**7]]}),
        ("unknown key", {"operations": ["TimeMap", "set", "get"],
                         "arguments": [[], ["known", "x", 3], ["unknown", 3]]}),
        ("many versions of one key", _random_calls(rng, 80, 1, 3)),
        ("long strings", {"operations": ["TimeMap", "set", "get"],
                          "arguments": [[], ["k" * 100, "v" * 100, 42], ["k" * 100, 50]]}),
    ]
    for _ in range(10):
        out.append(("random small", _random_calls(rng, rng.randint(5, 40), rng.randint(1, 4), 5)))
    for _ in range(4):
        out.append(("random sparse times", _random_calls(rng, 60, 5, 100_000)))
    out.append(("large", _random_calls(rng, 4000, 50, 10)))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]
