"""Inputs for robot-walk: visible examples, hidden tests by category, sized inputs."""

import random

SEED = 45
EXAMPLES = [
    "1\n0 2\nFFRFF\n",
    "0\nLFLFLFLF\n",
    "2\n1 0\n-1 0\nRFRRFF\n",
    "0\nR\n",
    "3\n0 1\n0 1\n5 5\nFFFLF\n",
]


def text(blocked: list[tuple[int, int]], commands: str) -> dict:
    """The input holding these blocked cells and commands."""
    cells = "".join(f"{x} {y}\n" for x, y in blocked)
    return {"stdin": f"{len(blocked)}\n{cells}{commands}\n"}


def walk(rng: random.Random, n: int) -> str:
    """n random commands, mostly forward."""
    return "".join(rng.choice("FFFFLR") for _ in range(n))


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected output."""
    out = [
        ("turns only", text([], "LLRRRL")),
        ("boxed in", text([(0, 1), (1, 0), (0, -1), (-1, 0)], "FRFRFRF")),
        ("negative coordinates", text([(-3, -3)], "LLFFFRFFF")),
        ("far obstacle", text([(10**9, -(10**9))], "FFFF")),
        ("duplicate obstacles", text([(0, 3), (0, 3), (0, 3)], "FFFFF")),
        ("full circle", text([], "FRFRFRFR")),
        ("straight line", text([], "F" * 1000)),
        ("one forward", text([], "F")),
    ]
    for _ in range(10):
        blocked = [(rng.randint(-5, 5), rng.randint(-5, 5)) for _ in range(rng.randint(0, 15))]
        blocked = [b for b in blocked if b != (0, 0)]
        out.append(("random", text(blocked, walk(rng, rng.randint(1, 60)))))
    out.append(("large input", sized_input(40_000, rng)))
    wall = [(x, 50) for x in range(-1000, 1001)]
    out.append(("long wall", text(wall, "F" * 100 + "R" + "F" * 500 + "L" + "F" * 10)))
    many = [(rng.randint(-(10**9), 10**9), rng.randint(-(10**9), 10**9)) for _ in range(20_000)]
    out.append(("many far obstacles", text(many, walk(rng, 1000))))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n commands among about n/4 blocked cells near the origin."""
    span = max(2, int(n**0.5))
    blocked = {(rng.randint(-span, span), rng.randint(-span, span)) for _ in range(max(1, n // 4))}
    blocked.discard((0, 0))
    return text(sorted(blocked), walk(rng, max(1, n)))
