"""Hidden tests for card-runs."""

import random

SEED = 2026


def _runs(rng: random.Random, runs: int, length: int, hi: int) -> list[int]:
    cards = []
    for _ in range(runs):
        start = rng.randint(0, hi)
        cards.extend(range(start, start + length))
    rng.shuffle(cards)
    return cards


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single card", {"cards": [7], "run_length": 1}),
        ("run length one", {"cards": [5, 5, 2, 9], "run_length": 1}),
        ("whole hand is one run", {"cards": [4, 2, 3, 1], "run_length": 4}),
        ("whole hand, gap", {"cards": [1, 2, 4, 5], "run_length": 4}),
        ("count not a multiple", {"cards": [1, 2, 3, 4, 5], "run_length": 2}),
        ("duplicates in one run", {"cards": [3, 3, 4, 4], "run_length": 4}),
        ("overlapping runs", {"cards": [1, 2, 2, 3, 3, 4], "run_length": 3}),
        ("stacked identical runs", {"cards": [6, 7, 8] * 3, "run_length": 3}),
        ("leftover at the top", {"cards": [1, 2, 3, 3], "run_length": 2}),
        ("huge values", {"cards": [999_999_999, 1_000_000_000, 999_999_998, 999_999_997], "run_length": 2}),
        ("zero included", {"cards": [0, 1, 2, 1, 2, 3], "run_length": 3}),
        ("runs side by side", {"cards": [1, 2, 3, 4, 5, 6], "run_length": 3}),
    ]
    for _ in range(3):
        length = rng.randint(2, 4)
        out.append(("random possible", {"cards": _runs(rng, rng.randint(1, 6), length, 15), "run_length": length}))
    for _ in range(3):
        cards = _runs(rng, rng.randint(2, 6), 3, 15)
        cards[rng.randrange(len(cards))] += rng.choice([-1, 1, 2])
        out.append(("random with one card changed", {"cards": cards, "run_length": 3}))
    out.append(("large possible", {"cards": _runs(rng, 2500, 4, 10**6), "run_length": 4}))
    bad = _runs(rng, 2000, 5, 10**5)
    bad[0] += 1
    out.append(("large with one card changed", {"cards": bad, "run_length": 5}))
    out.append(("large single long run", {"cards": list(range(10_000))[::-1], "run_length": 10_000}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """About n cards in runs of 4, for the complexity probe."""
    return {"cards": _runs(rng, max(1, n // 4), 4, 10**6), "run_length": 4}
