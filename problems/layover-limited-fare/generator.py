"""Hidden tests for layover-limited-fare."""

import random

SEED = 2026


def _flights(rng: random.Random, n: int, count: int, hi: int = 10_000) -> list[list[int]]:
    pairs = [(a, b) for a in range(n) for b in range(n) if a != b]
    chosen = rng.sample(pairs, min(count, len(pairs)))
    return [[a, b, rng.randint(1, hi)] for a, b in chosen]


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    chain = [[i, i + 1, 1] for i in range(9)]
    out = [
        ("no flights", {"n": 2, "flights": [], "src": 0, "dst": 1, "k": 1}),
        ("direct flight only", {"n": 2, "flights": [[0, 1, 7]], "src": 0, "dst": 1, "k": 0}),
        ("flight in the wrong direction", {"n": 2, "flights": [[1, 0, 7]], "src": 0, "dst": 1, "k": 1}),
        ("cheap route needs too many layovers", {"n": 4, "flights": [[0, 1, 1], [1, 2, 1], [2, 3, 1], [0, 3, 100]], "src": 0, "dst": 3, "k": 1}),
        ("cheap route just fits", {"n": 4, "flights": [[0, 1, 1], [1, 2, 1], [2, 3, 1], [0, 3, 100]], "src": 0, "dst": 3, "k": 2}),
        ("zero layovers, no direct flight", {"n": 3, "flights": [[0, 1, 5], [1, 2, 5]], "src": 0, "dst": 2, "k": 0}),
        ("long chain with exact limit", {"n": 10, "flights": chain, "src": 0, "dst": 9, "k": 8}),
        ("long chain one layover short", {"n": 10, "flights": chain, "src": 0, "dst": 9, "k": 7}),
        ("cycle does not help", {"n": 3, "flights": [[0, 1, 2], [1, 0, 2], [1, 2, 9]], "src": 0, "dst": 2, "k": 2}),
        ("dearer first leg leaves room", {"n": 5, "flights": [[0, 1, 1], [1, 2, 1], [0, 2, 5], [2, 3, 1], [3, 4, 1]], "src": 0, "dst": 4, "k": 2}),
        ("destination before source in numbering", {"n": 4, "flights": [[3, 1, 4], [1, 0, 4], [3, 0, 10]], "src": 3, "dst": 0, "k": 1}),
        ("maximum prices", {"n": 3, "flights": [[0, 1, 10_000], [1, 2, 10_000]], "src": 0, "dst": 2, "k": 1}),
    ]
    for _ in range(5):
        n = rng.randint(3, 12)
        src, dst = rng.sample(range(n), 2)
        out.append(("random", {"n": n, "flights": _flights(rng, n, rng.randint(0, 3 * n), 100), "src": src, "dst": dst, "k": rng.randint(0, n - 1)}))
    for _ in range(2):
        n = rng.randint(5, 12)
        src, dst = rng.sample(range(n), 2)
        out.append(("random with no layovers allowed", {"n": n, "flights": _flights(rng, n, 3 * n, 100), "src": src, "dst": dst, "k": 0}))
    out.append(("large dense", {"n": 100, "flights": _flights(rng, 100, 4950), "src": 0, "dst": 99, "k": 5}))
    long_chain = [[i, i + 1, 1] for i in range(99)] + [[0, 99, 10_000]]
    out.append(("large chain against a dear direct flight", {"n": 100, "flights": long_chain, "src": 0, "dst": 99, "k": 98}))
    out.append(("large chain, limit one short", {"n": 100, "flights": long_chain, "src": 0, "dst": 99, "k": 97}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n cities in a cheap chain plus 2n random flights, with k = n - 1, for the probe."""
    n = max(3, n)
    flights = [[i, i + 1, 1] for i in range(n - 1)]
    taken = {(a, b) for a, b, _ in flights}
    while len(flights) < 3 * n:
        a, b = rng.randrange(n), rng.randrange(n)
        if a != b and (a, b) not in taken:
            taken.add((a, b))
            flights.append([a, b, rng.randint(1, 10_000)])
    return {"n": n, "flights": flights, "src": 0, "dst": n - 1, "k": n - 1}
