"""Hidden tests for enclosed-ponds."""

import random

SEED = 2026


def _grid(rng: random.Random, rows: int, cols: int, water: float) -> list[list[str]]:
    return [["W" if rng.random() < water else "E" for _ in range(cols)] for _ in range(rows)]


def _rows(*lines: str) -> list[list[str]]:
    return [list(line) for line in lines]


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single water cell", {"grid": [["W"]]}),
        ("single earth cell", {"grid": [["E"]]}),
        ("all water", {"grid": _rows("WWW", "WWW", "WWW")}),
        ("one enclosed cell", {"grid": _rows("EEE", "EWE", "EEE")}),
        ("one row", {"grid": _rows("EWEWWE")}),
        ("one column", {"grid": [["E"], ["W"], ["W"], ["E"]]}),
        ("two rows, nothing can be enclosed", {"grid": _rows("EWWE", "EWWE")}),
        ("diagonal contact does not drain", {"grid": _rows("WEEE", "EWEE", "EEWE", "EEEE")}),
        ("pond joined to the border by a channel", {"grid": _rows("EEEEE", "EWWWE", "EWEWE", "EEEWE")}),
        ("ring of water around an island", {"grid": _rows("EEEEEEE", "EWWWWWE", "EWEEEWE", "EWEWEWE", "EWEEEWE", "EWWWWWE", "EEEEEEE")}),
        ("nested ponds", {"grid": _rows("WEEEEW", "EEWWEE", "EWEEWE", "EEWWEE", "WEEEEW")}),
    ]
    for _ in range(6):
        out.append(("random", {"grid": _grid(rng, rng.randint(1, 10), rng.randint(1, 10), rng.choice([0.3, 0.5, 0.7]))}))
    for _ in range(2):
        out.append(("random mostly water", {"grid": _grid(rng, 12, 12, 0.8)}))
    out.append(("large random", {"grid": _grid(rng, 200, 200, 0.55)}))
    big = [["E"] * 200 for _ in range(200)]
    for r in range(1, 199):
        for c in range(1, 199):
            big[r][c] = "W"
    out.append(("large enclosed lake", {"grid": big}))
    snake = [["E"] * 150 for _ in range(150)]
    for r in range(1, 149, 2):
        for c in range(1, 149):
            snake[r][c] = "W"
        if r + 1 < 149:
            snake[r + 1][148 if (r // 2) % 2 == 0 else 1] = "W"
    snake[147][0] = "W"
    out.append(("large winding channel to the border", {"grid": snake}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """An n x n grid, half water (the target counts rows * cols), for the complexity probe."""
    side = max(1, n)
    return {"grid": _grid(rng, side, side, 0.5)}
