"""Hidden tests for repaint-region."""

import random

SEED = 2026
TOP = 2**16 - 1


def _image(rng: random.Random, rows: int, cols: int, colours: int) -> list[list[int]]:
    return [[rng.randrange(colours) for _ in range(cols)] for _ in range(rows)]


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single pixel", {"image": [[4]], "row": 0, "col": 0, "color": 9}),
        ("single pixel, same colour", {"image": [[4]], "row": 0, "col": 0, "color": 4}),
        ("new colour equals old colour", {"image": [[1, 1], [1, 0]], "row": 0, "col": 0, "color": 1}),
        ("whole image one colour", {"image": [[2] * 4 for _ in range(3)], "row": 1, "col": 2, "color": 0}),
        ("diagonal neighbours stay", {"image": [[1, 0], [0, 1]], "row": 0, "col": 0, "color": 3}),
        ("start in a corner", {"image": [[0, 0, 1], [1, 0, 1], [1, 0, 0]], "row": 2, "col": 2, "color": 7}),
        ("ring around a different centre", {"image": [[5, 5, 5], [5, 6, 5], [5, 5, 5]], "row": 0, "col": 1, "color": 8}),
        ("fill the centre only", {"image": [[5, 5, 5], [5, 6, 5], [5, 5, 5]], "row": 1, "col": 1, "color": 5}),
        ("one row", {"image": [[3, 3, 4, 3, 3]], "row": 0, "col": 1, "color": 0}),
        ("one column", {"image": [[2], [2], [2], [9]], "row": 3, "col": 0, "color": 2}),
        ("largest colour value", {"image": [[0, 0], [0, TOP]], "row": 0, "col": 0, "color": TOP}),
    ]
    for _ in range(6):
        rows, cols = rng.randint(1, 8), rng.randint(1, 8)
        out.append(("random", {"image": _image(rng, rows, cols, rng.choice([2, 3])), "row": rng.randrange(rows), "col": rng.randrange(cols), "color": rng.randrange(4)}))
    big = _image(rng, 50, 50, 2)
    out.append(("large random", {"image": big, "row": 25, "col": 25, "color": 7}))
    snake = [[0] * 50 for _ in range(50)]
    for r in range(0, 50, 2):
        for c in range(50):
            snake[r][c] = 1
        if r + 1 < 50:
            snake[r + 1][49 if (r // 2) % 2 == 0 else 0] = 1
    out.append(("large winding region", {"image": snake, "row": 0, "col": 0, "color": 2}))
    out.append(("large single colour", {"image": [[3] * 50 for _ in range(50)], "row": 49, "col": 0, "color": 4}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """An n x n image of one colour (the whole image is repainted), for the probe."""
    side = max(1, n)
    return {"image": [[0] * side for _ in range(side)], "row": 0, "col": 0, "color": 1}
