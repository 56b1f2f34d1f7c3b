"""Hidden tests for signal-relay-time."""

import random

SEED = 2026


def _connected(rng: random.Random, n: int, extra: int, source: int, hi: int = 100) -> list[list[int]]:
    """A random spanning tree out of the source plus extra random links."""
    order = list(range(n))
    order.remove(source)
    rng.shuffle(order)
    order = [source] + order
    links = [[order[rng.randrange(i)], order[i], rng.randint(0, hi)] for i in range(1, n)]
    for _ in range(extra):
        links.append([rng.randrange(n), rng.randrange(n), rng.randint(0, hi)])
    rng.shuffle(links)
    return links


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single relay", {"n": 1, "links": [], "source": 0}),
        ("single relay with a self loop", {"n": 1, "links": [[0, 0, 5]], "source": 0}),
        ("no links two relays", {"n": 2, "links": [], "source": 1}),
        ("link points the wrong way", {"n": 2, "links": [[1, 0, 3]], "source": 0}),
        ("parallel links", {"n": 2, "links": [[0, 1, 9], [0, 1, 2], [0, 1, 5]], "source": 0}),
        ("zero-time links", {"n": 4, "links": [[0, 1, 0], [1, 2, 0], [2, 3, 0]], "source": 0}),
        ("detour beats direct link", {"n": 4, "links": [[0, 3, 50], [0, 1, 5], [1, 2, 5], [2, 3, 5]], "source": 0}),
        ("source in the middle", {"n": 5, "links": [[2, 1, 4], [1, 0, 4], [2, 3, 1], [3, 4, 1]], "source": 2}),
        ("cycle back to the source", {"n": 3, "links": [[0, 1, 1], [1, 2, 1], [2, 0, 1]], "source": 1}),
        ("star", {"n": 6, "links": [[0, i, i * 3] for i in range(1, 6)], "source": 0}),
        ("greedy by hops fails", {"n": 4, "links": [[0, 1, 1], [1, 2, 1], [2, 3, 1], [0, 3, 10], [0, 2, 7]], "source": 0}),
        ("one island unreachable", {"n": 5, "links": [[0, 1, 1], [1, 2, 1], [3, 4, 1], [4, 3, 1]], "source": 0}),
        ("long chain", {"n": 200, "links": [[i, i + 1, 100] for i in range(199)], "source": 0}),
    ]
    for _ in range(6):
        n = rng.randint(2, 25)
        src = rng.randrange(n)
        out.append(("random connected", {"n": n, "links": _connected(rng, n, rng.randint(0, 3 * n), src), "source": src}))
    for _ in range(3):
        n = rng.randint(3, 25)
        links = [[rng.randrange(n), rng.randrange(n), rng.randint(0, 100)] for _ in range(rng.randint(0, n))]
        out.append(("random sparse", {"n": n, "links": links, "source": rng.randrange(n)}))
    src = rng.randrange(2000)
    out.append(("large connected", {"n": 2000, "links": _connected(rng, 2000, 8001, src), "source": src}))
    big = _connected(rng, 1999, 8000, 0)
    out.append(("large with one unreachable relay", {"n": 2000, "links": big + [[1999, 5, 1]], "source": 0}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n relays and about 3n links, every relay reachable, for the complexity probe."""
    n = max(2, n)
    return {"n": n, "links": _connected(rng, n, 2 * n, 0), "source": 0}
