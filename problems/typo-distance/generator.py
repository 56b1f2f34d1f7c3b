"""Inputs for typo-distance: visible examples, hidden tests by category, sized inputs."""

import random
import string

SEED = 51
EXAMPLES = [
    "1 1 1\n3\nkitten sitting\nflaw lawn\nsame same\n",
    "2 3 10\n1\nab ba\n",
    "1 1 1\n1\na b\n",
    "5 1 1\n2\nabc a\na abc\n",
    "3 3 1\n2\nhorse ros\nintention execution\n",
]


def text(costs: tuple[int, int, int], pairs: list[tuple[str, str]]) -> dict:
    """The input holding these costs and queries."""
    body = "".join(f"{a} {b}\n" for a, b in pairs)
    return {"stdin": f"{costs[0]} {costs[1]} {costs[2]}\n{len(pairs)}\n{body}"}


def word(rng: random.Random, n: int, letters: str = "abcd") -> str:
    """A random word of n letters."""
    return "".join(rng.choice(letters) for _ in range(n))


def typo(rng: random.Random, w: str, edits: int) -> str:
    """w with a few random edits."""
    s = list(w)
    for _ in range(edits):
        r, i = rng.random(), rng.randrange(len(s) + 1)
        if r < 0.33 or not s:
            s.insert(i, rng.choice(string.ascii_lowercase))
        elif r < 0.66 and len(s) > 1:
            del s[min(i, len(s) - 1)]
        else:
            s[min(i, len(s) - 1)] = rng.choice(string.ascii_lowercase)
    return "".join(s) or "a"


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected output."""
    out = [
        ("identical words", text((1, 1, 1), [("abc", "abc"), ("z", "z")])),
        ("replace dearer than delete and insert", text((1, 1, 5), [("abc", "abd"), ("a", "b")])),
        ("only inserts", text((4, 9, 9), [("a", "abcde")])),
        ("only deletes", text((9, 4, 9), [("abcde", "e")])),
        ("no common letters", text((1, 2, 3), [("aaaa", "bbb")])),
        ("single letters", text((7, 8, 9), [("a", "a"), ("a", "b")])),
        ("unit costs classic", text((1, 1, 1), [("sunday", "saturday"), ("gumbo", "gambol")])),
    ]
    for _ in range(10):
        costs = (rng.randint(1, 10), rng.randint(1, 10), rng.randint(1, 20))
        pairs = []
        for _ in range(rng.randint(1, 6)):
            a = word(rng, rng.randint(1, 12))
            pairs.append((a, typo(rng, a, rng.randint(0, 4)) if rng.random() < 0.6 else word(rng, 5)))
        out.append(("random", text(costs, pairs)))
    out.append(("large input", _one_long_query(700, rng)))
    many = [(word(rng, 7), word(rng, 7)) for _ in range(10_000)]
    out.append(("many short queries", text((3, 2, 4), many)))
    long_a = word(rng, 2000, string.ascii_lowercase)
    out.append(("long words", text((1, 1, 1), [(long_a, typo(rng, long_a, 40)[:250])])))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def _one_long_query(n: int, rng: random.Random) -> dict:
    """One query of two words of n letters each: the hidden test "large input"."""
    a = word(rng, max(1, n))
    return text((2, 3, 4), [(a, typo(rng, a, max(1, n // 10))[: max(1, n)])])


def sized_input(n: int, rng: random.Random) -> dict:
    """One query of two words of 2n letters each (4 n^2 cells), for the complexity probe.

    Twice n letters so that even the smallest sizes take well over a program's start-up
    time, which the probe's wall-clock timing of a program includes.
    """
    return _one_long_query(2 * max(1, n), rng)
