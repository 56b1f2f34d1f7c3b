"""Inputs for warehouse-knapsack: visible examples, hidden tests by category, sized inputs."""

import random

SEED = 47
EXAMPLES = [
    "4 7\n1 1\n3 4\n4 5\n5 7\n",
    "2 3\n4 10\n5 20\n",
    "1 5\n5 9\n",
    "3 10\n5 10\n5 10\n5 10\n",
    "5 8\n2 3\n2 3\n3 5\n4 7\n8 11\n",
]


def text(cap: int, crates: list[tuple[int, int]]) -> dict:
    """The input holding these crates."""
    return {"stdin": f"{len(crates)} {cap}\n" + "".join(f"{w} {v}\n" for w, v in crates)}


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected output."""
    out = [
        ("nothing fits", text(5, [(6, 100), (9, 1)])),
        ("exact fit", text(10, [(10, 1)])),
        ("zero values", text(10, [(1, 0), (2, 0)])),
        ("greedy by ratio fails", text(10, [(6, 30), (5, 24), (5, 24)])),
        ("greedy by value fails", text(10, [(10, 50), (5, 30), (5, 30)])),
        ("identical crates", text(9, [(3, 7)] * 5)),
        ("capacity one", text(1, [(1, 5), (1, 6), (2, 100)])),
    ]
    for _ in range(10):
        cap = rng.randint(1, 60)
        crates = [(rng.randint(1, 30), rng.randint(0, 100)) for _ in range(rng.randint(1, 12))]
        out.append(("random", text(cap, crates)))
    out.append(("large input", _hundred_crates(10_000, rng)))
    heavy = [(rng.randint(9_000, 10_000), rng.randint(0, 10**6)) for _ in range(100)]
    out.append(("large, heavy crates", text(10_000, heavy)))
    big = [(rng.randint(1, 200), 10**6) for _ in range(100)]
    out.append(("large, large values", text(10_000, big)))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def _hundred_crates(n: int, rng: random.Random) -> dict:
    """100 crates and capacity n (at most 10^4): the hidden test "large input"."""
    cap = max(1, min(n, 10_000))
    return text(cap, [(rng.randint(1, max(1, cap // 4)), rng.randint(0, 10**6)) for _ in range(100)])


def sized_input(n: int, rng: random.Random) -> dict:
    """n crates and capacity 4n (the target counts n * W, so both grow), for the probe.

    Every crate fits (weights up to a quarter of the capacity), so each one updates
    most of the table.
    """
    n = max(1, n)
    cap = 4 * n
    return text(cap, [(rng.randint(1, max(1, cap // 4)), rng.randint(0, 10**6)) for _ in range(n)])
