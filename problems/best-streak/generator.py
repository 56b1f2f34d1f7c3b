"""Inputs for best-streak: visible examples, hidden tests by category, sized inputs."""

import random

SEED = 44
EXAMPLES = [
    "8\n-2 1 -3 4 -1 2 1 -5\n",
    "3\n-7 -3 -9\n",
    "1\n5\n",
    "5\n1 2 3 4 5\n",
    "6\n3 -10 4\n-1 -1 5\n",
]


def text(values: list[int], per_line: int = 0) -> dict:
    """The input holding these values (on one line, or ``per_line`` per line)."""
    if per_line:
        lines = [values[i : i + per_line] for i in range(0, len(values), per_line)]
    else:
        lines = [values]
    body = "".join(" ".join(map(str, line)) + "\n" for line in lines)
    return {"stdin": f"{len(values)}\n{body}"}


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected output."""
    big = 10**9
    out = [
        ("single negative day", text([-4])),
        ("all negative", text([-5, -2, -8, -2])),
        ("all zero", text([0, 0, 0])),
        ("best at the start", text([9, 8, -100, 3, 4])),
        ("best at the end", text([-1, -100, 2, 50])),
        ("whole range", text([5, -1, 5, -1, 5])),
        ("64-bit totals", text([big] * 1000)),
        ("64-bit losses", text([-big] * 1000)),
        ("one value per line", text([3, -2, 5, -1], per_line=1)),
    ]
    for _ in range(10):
        n = rng.randint(1, 40)
        out.append(("random", text([rng.randint(-20, 20) for _ in range(n)], rng.choice([0, 7]))))
    out.append(("large input", sized_input(30_000, rng)))
    out.append(("large, extremes", text([rng.choice([big, -big]) for _ in range(20_000)])))
    out.append(("large, all negative", text([-rng.randint(1, big) for _ in range(30_000)])))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n random daily values."""
    return text([rng.randint(-(10**9), 10**9) for _ in range(max(1, n))])
