"""Tests for merge-iterator: call sequences; the reference supplies the expected returns."""

import random

SEED = 2026

VISIBLE = [
    ("example-1", ["MergedIterator", "next", "peek", "next", "next", "hasNext", "next", "hasNext"],
     [[[[1, 4], [2, 3]]], [], [], [], [], [], [], []]),
    ("example-2", ["MergedIterator", "hasNext", "next", "next", "hasNext"],
     [[[[], [5, 5], []]], [], [], [], []]),
    ("no-lists", ["MergedIterator", "hasNext"], [[[]], []]),
    ("one-list", ["MergedIterator", "next", "next", "hasNext"], [[[[-3, 7]]], [], [], []]),
    ("negatives", ["MergedIterator", "peek", "next", "next", "next"],
     [[[[-5, 0], [-9], [2]]], [], [], [], []]),
]


def _drain(lists: list[list[int]], rng: random.Random) -> dict:
    """Construct, then ask until exhausted, mixing in peeks and hasNext checks."""
    total = sum(len(x) for x in lists)
    ops, args = ["MergedIterator"], [[lists]]
    for _ in range(total):
        r = rng.random()
        if r < 0.2:
            ops.append("peek")
            args.append([])
        elif r < 0.35:
            ops.append("hasNext")
            args.append([])
        ops.append("next")
        args.append([])
    ops.append("hasNext")
    args.append([])
    return {"operations": ops, "arguments": args}


def _lists(rng: random.Random, k: int, longest: int, low: int, high: int) -> list[list[int]]:
    return [sorted(rng.randint(low, high) for _ in range(rng.randint(0, longest))) for _ in range(k)]


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs."""
    out = [
        ("all lists empty", _drain([[], [], []], rng)),
        ("equal heads", _drain([[1, 1, 2], [1, 2, 2], [1]], rng)),
        ("extreme values", _drain([[-10**9, 10**9], [-10**9, 0, 10**9]], rng)),
        ("one long list among empties", _drain([[], list(range(0, 60, 3)), []], rng)),
        ("interleaved", _drain([list(range(0, 40, 2)), list(range(1, 40, 2))], rng)),
    ]
    for _ in range(8):
        out.append(("random small", _drain(_lists(rng, rng.randint(1, 4), 6, -10, 10), rng)))
    for _ in range(5):
        out.append(("random many lists", _drain(_lists(rng, rng.randint(10, 40), 5, -100, 100), rng)))
    out.append(("large few lists", _drain(_lists(rng, 3, 1500, -10**9, 10**9), rng)))
    out.append(("large many lists", _drain(_lists(rng, 300, 12, -1000, 1000), rng)))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]
