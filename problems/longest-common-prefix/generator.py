"""Hidden tests for longest-common-prefix."""

import random

SEED = 2026
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _word(rng: random.Random, n: int, alphabet: str = LETTERS) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _family(rng: random.Random, count: int, prefix_len: int, tail_len: int) -> list[str]:
    prefix = _word(rng, prefix_len)
    return [prefix + _word(rng, rng.randint(0, tail_len), "abc") for _ in range(count)]


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("empty list", {"words": []}),
        ("single word", {"words": ["solo"]}),
        ("single empty word", {"words": [""]}),
        ("an empty word among others", {"words": ["abc", "", "abd"]}),
        ("identical words", {"words": ["same", "same", "same"]}),
        ("one word is the prefix", {"words": ["prefix", "pre", "prefixes"]}),
        ("differ at the first letter", {"words": ["dog", "cat", "cow"]}),
        ("differ only in the last word", {"words": ["flower", "flow", "flight"]}),
        ("longest words", {"words": ["q" * 200, "q" * 200, "q" * 199 + "r"]}),
        ("single letters", {"words": ["a", "a", "b"]}),
    ]
    for _ in range(9):
        out.append(("random", {"words": _family(rng, rng.randint(2, 10), rng.randint(0, 6), 4)}))
    out.append(("large shared prefix", {"words": _family(rng, 200, 150, 50)}))
    out.append(("large no shared prefix", {"words": [_word(rng, 200) for _ in range(200)]}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n identical 50-letter words (the whole prefix must be compared), for the complexity probe."""
    return {"words": ["k" * 50] * max(1, n)}
