"""Hidden tests for same-letters-check."""

import random
import string

SEED = 2026


def word(rng: random.Random, n: int, letters: str = "abc") -> str:
    return "".join(rng.choice(letters) for _ in range(n))


def shuffled(rng: random.Random, s: str) -> str:
    chars = list(s)
    rng.shuffle(chars)
    return "".join(chars)


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single letters equal", {"s": "a", "t": "a"}),
        ("single letters different", {"s": "a", "t": "b"}),
        ("identical strings", {"s": "banana", "t": "banana"}),
        ("different lengths", {"s": "abc", "t": "abcc"}),
        ("same letters different counts", {"s": "aab", "t": "abb"}),
        ("reversed", {"s": "stressed", "t": "desserts"}),
        ("one letter swapped for another", {"s": "night", "t": "thinh"}),
        ("all one letter", {"s": "zzzz", "t": "zzzz"}),
        ("whole alphabet", {"s": string.ascii_lowercase, "t": string.ascii_lowercase[::-1]}),
        ("prefix of the other", {"s": "ab", "t": "abab"}),
    ]
    for _ in range(5):
        s = word(rng, rng.randint(1, 30))
        out.append(("random rearranged", {"s": s, "t": shuffled(rng, s)}))
    for _ in range(5):
        n = rng.randint(1, 30)
        out.append(("random", {"s": word(rng, n), "t": word(rng, n)}))
    s = word(rng, 20_000, string.ascii_lowercase)
    out.append(("large rearranged", {"s": s, "t": shuffled(rng, s)}))
    t = list(shuffled(rng, s))
    t[-1] = "a" if t[-1] != "a" else "b"
    out.append(("large one letter off", {"s": s, "t": "".join(t)}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """A string of n letters and a rearrangement of it, for the complexity probe."""
    s = word(rng, max(1, n), string.ascii_lowercase)
    return {"s": s, "t": shuffled(rng, s)}
