"""Tests for snapshot-array: call sequences; the reference supplies the expected returns."""

import random

SEED = 2026

VISIBLE = [
    ("example-1", ["SnapshotArray", "set", "snap", "set", "get", "snap", "get", "get"],
     [[3], [0, 5], [], [0, 6], [0, 0], [], [0, 1], [2, 1]]),
    ("example-2", ["SnapshotArray", "snap", "snap", "set", "snap", "get", "get"],
     [[1], [], [], [0, 4], [], [0, 1], [0, 2]]),
    ("untouched-is-zero", ["SnapshotArray", "snap", "get"], [[4], [], [3, 0]]),
    ("overwrite-before-snap", ["SnapshotArray", "set", "set", "snap", "get"],
     [[2], [1, 7], [1, 8], [], [1, 0]]),
    ("set-after-snap-not-seen", ["SnapshotArray", "snap", "set", "get"], [[2], [], [0, 9], [0, 0]]),
]


def _random_calls(rng: random.Random, length: int, calls: int, high: int) -> dict:
    ops, args, snaps = ["SnapshotArray"], [[length]], 0
    for _ in range(calls):
        r = rng.random()
        if r < 0.45:
            ops.append("set")
            args.append([rng.randrange(length), rng.randint(0, high)])
        elif r < 0.65 or snaps == 0:
            ops.append("snap")
            args.append([])
            snaps += 1
        else:
            ops.append("get")
            args.append([rng.randrange(length), rng.randrange(snaps)])
    return {"operations": ops, "arguments": args}


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs."""
    out = [
        ("length one", _random_calls(rng, 1, 30, 5)),
        ("many snaps without sets", {"operations": ["SnapshotArray"] + ["snap"] * 20 + ["get", "get"],
                                     "arguments": [[3]] + [[]] * 20 + [[0, 0], [2, 19]]}),
        ("largest values", {"operations": ["SnapshotArray", "set", "snap", "get"],
                            "arguments": [[2], [1, 10**9], [], [1, 0]]}),
        ("set back to zero", {"operations": ["SnapshotArray", "set", "snap", "set", "snap", "get", "get"],
                              "arguments": [[1], [0, 3], [], [0, 0], [], [0, 0], [0, 1]]}),
        ("long array few sets", _random_calls(rng, 50_000, 40, 100)),
    ]
    for _ in range(9):
        out.append(("random small", _random_calls(rng, rng.randint(1, 6), rng.randint(10, 40), 20)))
    for _ in range(5):
        out.append(("random wide", _random_calls(rng, rng.randint(50, 500), 80, 10**9)))
    out.append(("large", _random_calls(rng, 1000, 5000, 10**6)))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]
