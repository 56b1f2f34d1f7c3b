"""Tests for min-stack: call sequences; the reference supplies the expected returns."""

import random

SEED = 2026
LOW, HIGH = -(2**31), 2**31 - 1

VISIBLE = [
    ("example-1", ["MinStack", "push", "push", "push", "getMin", "pop", "top", "getMin"],
     [[], [4], [-1], [6], [], [], [], []]),
    ("example-2", ["MinStack", "push", "push", "getMin", "pop", "getMin"],
     [[], [2], [1], [], [], []]),
    ("single", ["MinStack", "push", "top", "getMin"], [[], [7], [], []]),
    ("duplicate-minimum", ["MinStack", "push", "push", "push", "pop", "getMin"],
     [[], [3], [1], [1], [], []]),
    ("rising", ["MinStack", "push", "push", "push", "getMin", "top"], [[], [1], [2], [3], [], []]),
]


def _random_calls(rng: random.Random, calls: int, low: int, high: int) -> dict:
    ops, args, size = ["MinStack"], [[]], 0
    for _ in range(calls):
        r = rng.random()
        if size == 0 or r < 0.45:
            ops.append("push")
            args.append([rng.randint(low, high)])
            size += 1
        elif r < 0.65:
            ops.append("pop")
            args.append([])
            size -= 1
        else:
            ops.append(rng.choice(["top", "getMin"]))
            args.append([])
    return {"operations": ops, "arguments": args}


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs."""
    out = [
        ("extremes", {"operations": ["MinStack", "push", "push", "getMin", "pop", "getMin"],
                      "arguments": [[], [HIGH], [LOW], [], [], []]}),
        ("falling then popped", {"operations": ["MinStack", "push", "push", "push", "pop", "pop", "getMin"],
                                 "arguments": [[], [3], [2], [1], [], [], []]}),
        ("all equal", {"operations": ["MinStack", "push", "push", "push", "pop", "pop", "getMin", "top"],
                       "arguments": [[], [5], [5], [5], [], [], [], []]}),
        ("push after emptying", {"operations": ["MinStack", "push", "pop", "push", "getMin"],
                                 "arguments": [[], [-4], [], [9], []]}),
        ("negatives", _random_calls(rng, 30, -100, -1)),
    ]
    for _ in range(10):
        out.append(("random small", _random_calls(rng, rng.randint(5, 40), -20, 20)))
    for _ in range(5):
        out.append(("random wide values", _random_calls(rng, 60, LOW, HIGH)))
    out.append(("large", _random_calls(rng, 5000, -10**6, 10**6)))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]
