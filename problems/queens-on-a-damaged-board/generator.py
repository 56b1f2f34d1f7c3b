"""Hidden tests for queens-on-a-damaged-board."""

import random

SEED = 2026


def _board(rng: random.Random, n: int, damage: float) -> list[str]:
    return ["".join("#" if rng.random() < damage else "." for _ in range(n)) for _ in range(n)]


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single usable square", {"board": ["."]}),
        ("two by two", {"board": ["..", ".."]}),
        ("three by three", {"board": ["...", "...", "..."]}),
        ("full row damaged", {"board": ["....", "####", "....", "...."]}),
        ("all damaged", {"board": ["###", "###", "###"]}),
        ("clean five", {"board": ["....."] * 5}),
        ("clean six", {"board": ["......"] * 6}),
        ("clean eight", {"board": ["........"] * 8}),
        ("clean ten", {"board": [".........."] * 10}),
        ("diagonal damaged", {"board": ["".join("#" if r == c else "." for c in range(6)) for r in range(6)]}),
        ("only one path", {"board": [".###", "###.", "#.##", "##.#"]}),
    ]
    for _ in range(8):
        n = rng.randint(4, 8)
        out.append(("random", {"board": _board(rng, n, rng.choice([0.1, 0.2, 0.35]))}))
    out.append(("large random", {"board": _board(rng, 10, 0.1)}))
    out.append(("large sparse damage", {"board": _board(rng, 10, 0.03)}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """A clean board of side n, for the complexity probe (it stops growing n on its own)."""
    side = max(1, n)
    return {"board": ["." * side] * side}
