"""Inputs for maze-escape: visible examples, hidden tests by category, sized inputs."""

import random

SEED = 42
EXAMPLES = [
    "3 4\nS..#\n.#..\n...E\n",
    "2 3\nS#E\n.#.\n",
    "1 2\nSE\n",
    "4 4\nS.#.\n.##.\n....\n##.E\n",
    "3 3\nE..\n.#.\n..S\n",
]


def text(rows: list[str]) -> dict:
    """The input holding this grid."""
    return {"stdin": f"{len(rows)} {len(rows[0])}\n" + "".join(row + "\n" for row in rows)}


def random_grid(rng: random.Random, r: int, c: int, walls: float) -> list[str]:
    """A grid with random shelving and S, E on two different open cells."""
    cells = ["#" if rng.random() < walls else "." for _ in range(r * c)]
    s, e = rng.sample(range(r * c), 2)
    cells[s], cells[e] = "S", "E"
    return ["".join(cells[i * c : (i + 1) * c]) for i in range(r)]


def snake(r: int, c: int) -> list[str]:
    """A winding corridor: the only route visits almost every cell."""
    rows = []
    for i in range(r):
        if i % 2 == 0:
            rows.append("." * c)
        elif i % 4 == 1:
            rows.append("#" * (c - 1) + ".")
        else:
            rows.append("." + "#" * (c - 1))
    rows[0] = "S" + rows[0][1:]
    last = rows[-1]
    rows[-1] = last[:-1] + "E" if last[-1] == "." else "E" + last[1:]
    return rows


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected output."""
    out = [
        ("adjacent", text(["SE"])),
        ("single column", text(["S", ".", ".", "E"])),
        ("walled off", text(["S.#..", "..#.E", "..#.."])),
        ("start boxed in", text(["#.#", "#S#", "###", "..E"])),
        ("exit boxed in", text(["S....", "...#.", "..#E#", "...#."])),
        ("detour", text(["S#...", ".#.#.", ".#.#.", "...#E"])),
        ("winding corridor", text(snake(21, 15))),
    ]
    for _ in range(10):
        r, c = rng.randint(1, 12), rng.randint(2, 12)
        out.append(("random", text(random_grid(rng, r, c, rng.choice([0.1, 0.3, 0.45])))))
    out.append(("long corridor", text(snake(201, 299))))
    out.append(("large open floor", sized_input(60_000, rng)))
    out.append(("large, no route", text(random_grid(rng, 200, 300, 0.6))))
    out.append(("one row", text(["S" + "." * 4998 + "E"])))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """An open square of about n cells with S and E in opposite corners."""
    side = max(2, int(n**0.5))
    rows = ["." * side for _ in range(side)]
    rows[0] = "S" + rows[0][1:]
    rows[-1] = rows[-1][:-1] + "E"
    return text(rows)
