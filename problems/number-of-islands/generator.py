"""Hidden tests for number-of-islands."""

import random

SEED = 2026


def _grid(rng: random.Random, rows: int, cols: int, land: float) -> list[list[str]]:
    return [["1" if rng.random() < land else "0" for _ in range(cols)] for _ in range(rows)]


def _rows(*lines: str) -> list[list[str]]:
    return [list(line) for line in lines]


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single water cell", {"grid": [["0"]]}),
        ("single land cell", {"grid": [["1"]]}),
        ("all water", {"grid": _rows("000", "000")}),
        ("all land", {"grid": _rows("111", "111", "111")}),
        ("checkerboard", {"grid": _rows("1010", "0101", "1010", "0101")}),
        ("one row", {"grid": _rows("1101110111")}),
        ("one column", {"grid": [[ch] for ch in "1101001"]}),
        ("ring with a lake", {"grid": _rows("11111", "10001", "10101", "10001", "11111")}),
        ("spiral", {"grid": _rows("11111", "00001", "11101", "10001", "11111")}),
        ("snake needs a queue not a scan", {"grid": _rows("1110111", "0010100", "0011100")}),
    ]
    for _ in range(8):
        out.append(("random", {"grid": _grid(rng, rng.randint(1, 12), rng.randint(1, 12), rng.choice([0.3, 0.5, 0.6]))}))
    out.append(("random dense", {"grid": _grid(rng, 30, 30, 0.75)}))
    out.append(("large random", {"grid": _grid(rng, 120, 120, 0.45)}))
    out.append(("large one island", {"grid": [["1"] * 150 for _ in range(60)]}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """An n/2 x n/2 grid, half land (the target counts rows * cols), for the complexity probe.

    Both sides grow with n; half of n keeps the grids small enough that enough sizes finish.
    """
    side = max(1, n // 2)
    return {"grid": _grid(rng, side, side, 0.5)}
