"""Tests for median-stream: call sequences; the reference supplies the expected returns."""

import random

SEED = 2026

VISIBLE = [
    ("example-1", ["MedianFinder", "addNum", "findMedian", "addNum", "findMedian", "addNum", "findMedian"],
     [[], [5], [], [1], [], [9], []]),
    ("example-2", ["MedianFinder", "addNum", "addNum", "findMedian"], [[], [-2], [3], []]),
    ("single", ["MedianFinder", "addNum", "findMedian"], [[], [42], []]),
    ("duplicates", ["MedianFinder", "addNum", "addNum", "addNum", "findMedian"], [[], [2], [2], [7], []]),
    ("falling", ["MedianFinder", "addNum", "addNum", "addNum", "addNum", "findMedian"],
     [[], [4], [3], [2], [1], []]),
]


def _random_calls(rng: random.Random, calls: int, low: int, high: int) -> dict:
    ops, args, added = ["MedianFinder"], [[]], 0
    for _ in range(calls):
        if added == 0 or rng.random() < 0.6:
            ops.append("addNum")
            args.append([rng.randint(low, high)])
            added += 1
        else:
            ops.append("findMedian")
            args.append([])
    ops.append("findMedian")
    args.append([])
    return {"operations": ops, "arguments": args}


def _sequence(values: list[int]) -> dict:
    ops, args = ["MedianFinder"], [[]]
    for v in values:
        ops += ["addNum", "findMedian"]
        args += [[v], []]
    return {"operations": ops, "arguments": args}


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs."""
    out = [
        ("extremes", _sequence([100000, -100000, 100000, -100000, 0])),
        ("all equal", _sequence([7] * 9)),
        ("rising", _sequence(list(range(1, 16)))),
        ("falling", _sequence(list(range(15, 0, -1)))),
        ("alternating ends", _sequence([(-1) ** i * i for i in range(20)])),
        ("half values", _sequence([1, 2, 3, 4, -1, -2])),
    ]
    for _ in range(8):
        out.append(("random small", _random_calls(rng, rng.randint(3, 30), -10, 10)))
    for _ in range(5):
        out.append(("random wide", _random_calls(rng, 60, -100000, 100000)))
    out.append(("large", _random_calls(rng, 5000, -100000, 100000)))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]
