"""Hidden tests for non-overlapping-intervals."""

import random

SEED = 2026
TOP = 50_000


def _meetings(rng: random.Random, n: int, span: int, max_len: int) -> list[list[int]]:
    out = []
    for _ in range(n):
        a = rng.randint(-span, span - 1)
        out.append([a, min(span, a + rng.randint(1, max_len))])
    return out


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single meeting", {"intervals": [[0, 1]]}),
        ("duplicates", {"intervals": [[1, 2], [1, 2], [1, 2]]}),
        ("touching chain", {"intervals": [[1, 2], [2, 3], [3, 4], [4, 5]]}),
        ("one long over many short", {"intervals": [[1, 100], [1, 2], [3, 4], [5, 6], [7, 8]]}),
        ("nested", {"intervals": [[1, 10], [2, 9], [3, 8], [4, 7]]}),
        ("negatives", {"intervals": [[-10, -5], [-7, -3], [-4, 0]]}),
        ("extremes", {"intervals": [[-TOP, TOP], [-TOP, 0], [0, TOP]]}),
        ("same end different starts", {"intervals": [[1, 5], [2, 5], [3, 5]]}),
        ("earliest start is the wrong pick", {"intervals": [[0, 10], [1, 2], [2, 3]]}),
        ("unsorted disjoint", {"intervals": [[9, 10], [1, 2], [5, 6]]}),
    ]
    for _ in range(9):
        out.append(("random", {"intervals": _meetings(rng, rng.randint(2, 30), 50, 10)}))
    out.append(("large input", {"intervals": _meetings(rng, 3_000, TOP, 100)}))
    out.append(("large heavy overlap", {"intervals": _meetings(rng, 3_000, 1_000, 500)}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n random meetings, for the complexity probe."""
    return {"intervals": _meetings(rng, max(1, n), TOP, 100)}
