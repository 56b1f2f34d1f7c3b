"""Hidden tests for extra-cable."""

import random

SEED = 2026


def _network(rng: random.Random, n: int, loop_first: bool = False) -> list[list[int]]:
    """A random tree on 1..n plus one extra cable, shuffled (loop cables first if asked)."""
    labels = list(range(1, n + 1))
    rng.shuffle(labels)
    parent = {labels[i]: labels[rng.randrange(i)] for i in range(1, n)}
    tree = {tuple(sorted((c, p))) for c, p in parent.items()}
    while True:
        a, b = sorted(rng.sample(range(1, n + 1), 2))
        if (a, b) not in tree:
            break
    cables = [list(c) for c in tree] + [[a, b]]
    rng.shuffle(cables)
    if loop_first:
        # put the cables of the loop at the front of the list
        def path_to_root(x: int) -> list[int]:
            out = [x]
            while out[-1] in parent:
                out.append(parent[out[-1]])
            return out
        pa, pb = path_to_root(a), path_to_root(b)
        common = next(x for x in pa if x in set(pb))
        loop = set()
        for path in (pa, pb):
            for u, v in zip(path, path[1:]):
                if u == common:
                    break
                loop.add(tuple(sorted((u, v))))
        loop.add((a, b))
        cables.sort(key=lambda c: tuple(c) not in loop)
    return cables


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("triangle", {"cables": [[1, 2], [1, 3], [2, 3]]}),
        ("triangle, listed differently", {"cables": [[2, 3], [1, 2], [1, 3]]}),
        ("loop of every machine", {"cables": [[1, 2], [2, 3], [3, 4], [4, 5], [1, 5]]}),
        ("loop with a tail", {"cables": [[1, 2], [2, 3], [1, 3], [3, 4], [4, 5]]}),
        ("loop cable listed first", {"cables": [[3, 4], [1, 2], [2, 3], [1, 4], [4, 5]]}),
        ("loop closes with the last cable", {"cables": [[1, 2], [2, 3], [3, 4], [4, 5], [2, 5]]}),
        ("star plus one cable", {"cables": [[1, 2], [1, 3], [1, 4], [1, 5], [3, 5]]}),
        ("loop far from machine 1", {"cables": [[1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [4, 6]]}),
        ("two trees joined into a loop", {"cables": [[1, 2], [3, 4], [2, 3], [1, 4], [4, 5], [5, 6]]}),
    ]
    for _ in range(6):
        out.append(("random", {"cables": _network(rng, rng.randint(3, 20))}))
    for _ in range(3):
        out.append(("random, loop listed first", {"cables": _network(rng, rng.randint(5, 20), True)}))
    out.append(("large random", {"cables": _network(rng, 10_000)}))
    out.append(("large, loop listed first", {"cables": _network(rng, 10_000, True)}))
    out.append(("large chain closed at the end", {"cables": [[k, k + 1] for k in range(1, 10_000)] + [[1, 10_000]]}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n machines with the loop's cables listed first, for the complexity probe."""
    return {"cables": _network(rng, max(3, n), True)}
