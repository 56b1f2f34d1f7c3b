"""Inputs for packet-latency: visible examples, hidden tests by category, sized inputs."""

import random

SEED = 50
EXAMPLES = [
    "4 5 1\n1 2 4\n1 3 1\n3 2 2\n2 4 5\n3 4 9\n",
    "3 1 2\n2 3 7\n",
    "1 0 1\n",
    "3 3 1\n1 2 5\n1 2 3\n2 2 1\n",
    "5 6 3\n3 1 2\n1 2 2\n3 2 10\n2 5 1\n5 4 1\n4 3 1\n",
]


def text(n: int, s: int, links: list[tuple[int, int, int]]) -> dict:
    """The input holding this network."""
    body = "".join(f"{u} {v} {w}\n" for u, v, w in links)
    return {"stdin": f"{n} {len(links)} {s}\n{body}"}


def random_links(rng: random.Random, n: int, m: int, top: int) -> list[tuple[int, int, int]]:
    """m random one-way links among n routers."""
    return [(rng.randint(1, n), rng.randint(1, n), rng.randint(1, top)) for _ in range(m)]


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected output."""
    out = [
        ("no links", text(4, 2, [])),
        ("one way only", text(2, 2, [(1, 2, 5)])),
        ("parallel links", text(2, 1, [(1, 2, 9), (1, 2, 2), (1, 2, 5)])),
        ("self loops", text(2, 1, [(1, 1, 1), (1, 2, 3), (2, 2, 1)])),
        ("longer path is faster", text(4, 1, [(1, 4, 100), (1, 2, 1), (2, 3, 1), (3, 4, 1)])),
        ("cycle", text(3, 1, [(1, 2, 1), (2, 3, 1), (3, 1, 1)])),
        ("64-bit latencies", text(3001, 1, [(i, i + 1, 10**6) for i in range(1, 3001)])),
    ]
    for _ in range(10):
        n = rng.randint(1, 12)
        links = random_links(rng, n, rng.randint(0, 25), 20)
        out.append(("random", text(n, rng.randint(1, n), links)))
    out.append(("large input", sized_input(20_000, rng)))
    chain = [(i, i + 1, rng.randint(1, 10**6)) for i in range(1, 10_000)]
    out.append(("large, long chain", text(10_000, 1, chain)))
    out.append(("large, dense unit weights", text(1000, 1, random_links(rng, 1000, 20_000, 1))))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """About n / 2 routers and n random links."""
    routers = max(2, n // 2)
    return text(routers, 1, random_links(rng, routers, max(1, n), 10**6))
