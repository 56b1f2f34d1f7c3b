"""Inputs for island-census: visible examples, hidden tests by category, sized inputs."""

import random

SEED = 43
EXAMPLES = [
    "4 5\n##..#\n#...#\n..#..\n....#\n",
    "2 2\n#.\n.#\n",
    "1 1\n.\n",
    "3 3\n###\n#.#\n###\n",
    "3 6\n#.#.#.\n######\n......\n",
]


def text(rows: list[str]) -> dict:
    """The input holding this map."""
    return {"stdin": f"{len(rows)} {len(rows[0])}\n" + "".join(row + "\n" for row in rows)}


def random_map(rng: random.Random, r: int, c: int, land: float) -> list[str]:
    """A map with each cell land with probability ``land``."""
    return ["".join("#" if rng.random() < land else "." for _ in range(c)) for _ in range(r)]


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected output."""
    out = [
        ("all water", text(["....", "...."])),
        ("all land", text(["####", "####", "####"])),
        ("single cell land", text(["#"])),
        ("diagonal only", text(["#.#.", ".#.#", "#.#."])),
        ("ring with lake", text(["#####", "#...#", "#.#.#", "#...#", "#####"])),
        ("one row", text(["#.##.###.#"])),
        ("one column", text(["#", "#", ".", "#"])),
        ("checkerboard", text(["".join("#."[(i + j) % 2] for j in range(40)) for i in range(40)])),
    ]
    for _ in range(10):
        r, c = rng.randint(1, 15), rng.randint(1, 15)
        out.append(("random", text(random_map(rng, r, c, rng.choice([0.2, 0.45, 0.6])))))
    out.append(("one huge island", text(["#" * 300] * 200)))
    out.append(("large, scattered", text(random_map(rng, 200, 300, 0.4))))
    out.append(("large, winding", sized_input(60_000, rng)))
    out.append(("long thin", text(["#." * 20_000])))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """About n cells of comb-shaped land: one island through every other row."""
    side = max(2, int(n**0.5))
    rows = []
    for i in range(side):
        if i % 2 == 0:
            rows.append("#" * side)
        else:
            rows.append(("#" + "." * (side - 1)) if i % 4 == 1 else ("." * (side - 1) + "#"))
    return text(rows)
