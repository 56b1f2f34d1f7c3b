"""Hidden tests for course-schedule."""

import random

SEED = 2026


def _dag(rng: random.Random, n: int, edges: int) -> list[list[int]]:
    order = list(range(n))
    rng.shuffle(order)
    out = []
    for _ in range(edges):
        i, j = sorted(rng.sample(range(n), 2))
        out.append([order[j], order[i]])  # later course needs an earlier one
    return out


def _with_cycle(rng: random.Random, n: int, edges: int, length: int) -> list[list[int]]:
    out = _dag(rng, n, edges)
    ring = rng.sample(range(n), length)
    out += [[ring[k], ring[(k + 1) % length]] for k in range(length)]
    rng.shuffle(out)
    return out


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single course", {"num_courses": 1, "prerequisites": []}),
        ("self loop", {"num_courses": 1, "prerequisites": [[0, 0]]}),
        ("no prerequisites", {"num_courses": 5, "prerequisites": []}),
        ("two-cycle", {"num_courses": 2, "prerequisites": [[0, 1], [1, 0]]}),
        ("duplicate edges", {"num_courses": 2, "prerequisites": [[1, 0], [1, 0], [1, 0]]}),
        ("diamond", {"num_courses": 4, "prerequisites": [[1, 0], [2, 0], [3, 1], [3, 2]]}),
        ("cycle in a separate component", {"num_courses": 6, "prerequisites": [[1, 0], [2, 1], [4, 3], [5, 4], [3, 5]]}),
        ("long chain", {"num_courses": 50, "prerequisites": [[i + 1, i] for i in range(49)]}),
        ("long chain closed into a cycle", {"num_courses": 50, "prerequisites": [[i + 1, i] for i in range(49)] + [[0, 49]]}),
        ("cycle reachable only late", {"num_courses": 5, "prerequisites": [[1, 0], [2, 1], [3, 2], [4, 3], [3, 4]]}),
    ]
    for _ in range(5):
        n = rng.randint(2, 30)
        out.append(("random acyclic", {"num_courses": n, "prerequisites": _dag(rng, n, rng.randint(0, 3 * n))}))
    for _ in range(5):
        n = rng.randint(3, 30)
        out.append(("random with a cycle", {"num_courses": n, "prerequisites": _with_cycle(rng, n, rng.randint(0, 2 * n), rng.randint(2, 3))}))
    out.append(("large acyclic", {"num_courses": 1000, "prerequisites": _dag(rng, 1000, 3000)}))
    out.append(("large with a cycle", {"num_courses": 1000, "prerequisites": _with_cycle(rng, 1000, 2990, 10)}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n courses and 2n random acyclic prerequisites, for the complexity probe."""
    n = max(2, n)
    return {"num_courses": n, "prerequisites": _dag(rng, n, 2 * n)}
