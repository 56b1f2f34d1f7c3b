"""Hidden tests for gas-station (inputs with a unique start or none)."""

import random

SEED = 2026
TOP = 10_000


def _starts(gas: list[int], cost: list[int]) -> list[int]:
    n = len(gas)
    good = []
    for s in range(n):
        tank = 0
        for k in range(n):
            i = (s + k) % n
            tank += gas[i] - cost[i]
            if tank < 0:
                break
        else:
            good.append(s)
    return good


def _unique(rng: random.Random, n: int, top: int) -> dict:
    """Random stations whose total is short by a little, then topped up so one start works."""
    while True:
        gas = [rng.randint(0, top) for _ in range(n)]
        cost = [rng.randint(0, top) for _ in range(n)]
        if len(_starts(gas, cost)) <= 1:
            return {"gas": gas, "cost": cost}


def _large(rng: random.Random, n: int) -> dict:
    """Stations with exactly enough fuel overall whose running balance has a unique low.

    When fuel and cost balance exactly, a start works exactly when the running balance
    before it is the lowest, so a unique lowest point means a unique answer.
    """
    while True:
        gas = [rng.randint(0, TOP) for _ in range(n)]
        cost = [min(TOP, max(0, g + rng.randint(-40, 40))) for g in gas]
        j = rng.randrange(n)
        cost[j] += sum(gas) - sum(cost)
        if not 0 <= cost[j] <= TOP:
            continue
        balance, lows = 0, [0]
        for g, c in zip(gas[:-1], cost[:-1]):
            balance += g - c
            lows.append(balance)
        if lows.count(min(lows)) == 1:
            return {"gas": gas, "cost": cost}


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single station enough", {"gas": [5], "cost": [4]}),
        ("single station exact", {"gas": [3], "cost": [3]}),
        ("single station short", {"gas": [2], "cost": [3]}),
        ("zeros single", {"gas": [0], "cost": [0]}),
        ("start at the end", {"gas": [0, 0, 9], "cost": [3, 3, 3]}),
        ("start at the beginning", {"gas": [9, 0, 0], "cost": [3, 3, 3]}),
        ("total short by one", {"gas": [4, 4, 4], "cost": [4, 4, 5]}),
        ("extremes", {"gas": [TOP, 0, 1], "cost": [1, TOP, 0]}),
        ("dip in the middle", {"gas": [5, 1, 2, 3, 4], "cost": [4, 4, 1, 5, 1]}),
    ]
    for _ in range(10):
        out.append(("random", _unique(rng, rng.randint(2, 12), 10)))
    out.append(("large unique start", _large(rng, 5_000)))
    big_gas = [rng.randint(0, TOP) for _ in range(5_000)]
    out.append(("large not enough fuel", {"gas": big_gas, "cost": [g + 1 for g in big_gas]}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n stations with a unique start, for the complexity probe."""
    return _large(rng, max(2, n))
