"""Hidden tests for glued-from-shorter-words."""

import random

SEED = 2026


def word(rng: random.Random, n: int, letters: str = "ab") -> str:
    return "".join(rng.choice(letters) for _ in range(n))


def dictionary(rng: random.Random, bases: int, glued: int, letters: str, longest: int = 4) -> list[str]:
    """Some short base words, some words glued from them, some strays; all different."""
    base = {word(rng, rng.randint(1, longest), letters) for _ in range(bases)}
    out = set(base)
    base_list = sorted(base)
    for _ in range(glued):
        w = "".join(rng.choice(base_list) for _ in range(rng.randint(2, 4)))
        if len(w) <= 30:
            out.add(w)
    for _ in range(glued // 2 + 1):
        out.add(word(rng, rng.randint(2, 10), letters))
    items = sorted(out)
    rng.shuffle(items)
    return items


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single word", {"words": ["alone"]}),
        ("word made of itself twice", {"words": ["ab", "abab"]}),
        ("three copies", {"words": ["x", "xxx"]}),
        ("nothing glued", {"words": ["one", "two", "three"]}),
        ("prefix but not glued", {"words": ["car", "cart", "carts"]}),
        ("needs backtracking", {"words": ["a", "ab", "bc", "abc"]}),
        ("chain of glues", {"words": ["a", "aa", "aaa", "aaaa"]}),
        ("glued word used as a piece", {"words": ["ab", "cd", "abcd", "abcdab"]}),
        ("order kept", {"words": ["xy", "xyxy", "z", "zz", "xyz"]}),
        ("long word", {"words": ["abc", "abc" * 10]}),
    ]
    for _ in range(10):
        out.append(("random", {"words": dictionary(rng, rng.randint(2, 8), rng.randint(1, 8), "abc")}))
    out.append(("large", {"words": dictionary(rng, 300, 1_500, "abcdef", 5)}))
    out.append(("large single letters", {"words": ["q"] + ["q" * n for n in range(2, 31)]}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """About n // 10 words over a small alphabet, for the complexity probe."""
    return {"words": dictionary(rng, max(2, n // 20), max(1, n // 20), "abcd", 4)}
