"""Tests for lru-cache: call sequences; the reference supplies the expected returns."""

import random

SEED = 2026

VISIBLE = [
    ("example-1", ["LRUCache", "put", "put", "get", "put", "get", "get"],
     [[2], [1, 10], [2, 20], [1], [3, 30], [2], [3]]),
    ("example-2", ["LRUCache", "put", "put", "get"], [[1], [5, 1], [5, 2], [5]]),
    ("get-from-empty", ["LRUCache", "get", "put", "get"], [[3], [7], [7, 70], [7]]),
    ("capacity-one", ["LRUCache", "put", "put", "get", "get"], [[1], [1, 1], [2, 2], [1], [2]]),
    ("put-refreshes", ["LRUCache", "put", "put", "put", "put", "get", "get", "get"],
     [[2], [1, 1], [2, 2], [1, 11], [3, 3], [1], [2], [3]]),
]


def _random_calls(rng: random.Random, capacity: int, calls: int, keys: int) -> dict:
    ops, args = ["LRUCache"], [[capacity]]
    for _ in range(calls):
        key = rng.randint(0, keys)
        if rng.random() < 0.5:
            ops.append("get")
            args.append([key])
        else:
            ops.append("put")
            args.append([key, rng.randint(0, 10**5)])
    return {"operations": ops, "arguments": args}


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs."""
    out = [
        ("only gets", {"operations": ["LRUCache", "get", "get"], "arguments": [[2], [0], [10000]]}),
        ("capacity one churn", {
            "operations": ["LRUCache", "put", "get", "put", "get", "get"],
            "arguments": [[1], [4, 4], [4], [5, 5], [4], [5]],
        }),
        ("update does not evict", {
            "operations": ["LRUCache", "put", "put", "put", "get", "get"],
            "arguments": [[2], [1, 1], [2, 2], [2, 22], [1], [2]],
        }),
        ("get refreshes", {
            "operations": ["LRUCache", "put", "put", "get", "put", "get", "get"],
            "arguments": [[2], [1, 1], [2, 2], [1], [3, 3], [2], [1]],
        }),
        ("miss does not refresh", {
            "operations": ["LRUCache", "put", "put", "get", "put", "get", "get"],
            "arguments": [[2], [1, 1], [2, 2], [9], [3, 3], [1], [2]],
        }),
        ("key zero and value zero", {
            "operations": ["LRUCache", "put", "get", "put", "get"],
            "arguments": [[2], [0, 0], [0], [10000, 100000], [10000]],
        }),
        ("fill exactly to capacity", _random_calls(rng, 5, 5, 4)),
    ]
    for _ in range(8):
        out.append(("random small", _random_calls(rng, rng.randint(1, 4), rng.randint(5, 30), 8)))
    for _ in range(4):
        out.append(("random many keys", _random_calls(rng, rng.randint(2, 20), 80, 60)))
    out.append(("large", _random_calls(rng, 100, 3000, 400)))
    out.append(("large capacity", _random_calls(rng, 3000, 3000, 2000)))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]
