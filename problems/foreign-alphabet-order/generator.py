"""Hidden tests for foreign-alphabet-order."""

import random
import string

SEED = 2026


def _dictionary(rng: random.Random, letters: int, count: int, longest: int) -> list[str]:
    """Random words sorted by a random foreign order of the first `letters` letters."""
    alphabet = rng.sample(string.ascii_lowercase, letters)
    rank = {ch: k for k, ch in enumerate(alphabet)}
    words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, longest))) for _ in range(count)]
    return sorted(words, key=lambda w: [rank[ch] for ch in w])


def _broken(rng: random.Random, letters: int, count: int, longest: int) -> list[str]:
    """A dictionary with two neighbouring words swapped (often contradictory)."""
    words = _dictionary(rng, letters, count, longest)
    k = rng.randrange(len(words) - 1)
    words[k], words[k + 1] = words[k + 1], words[k]
    return words


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single word", {"words": ["zebra"]}),
        ("single letter", {"words": ["q"]}),
        ("repeated word", {"words": ["cab", "cab", "cab"]}),
        ("prefix before the longer word", {"words": ["ab", "abc", "abd"]}),
        ("longer word before its prefix", {"words": ["abcd", "abc"]}),
        ("two-letter cycle", {"words": ["xy", "yx", "xz"]}),
        ("three-letter cycle", {"words": ["a", "b", "c", "a"]}),
        ("full chain", {"words": ["z", "y", "x", "w", "v"]}),
        ("letters with no rule go alphabetically", {"words": ["mk", "ml", "q"]}),
        ("only a later letter differs", {"words": ["aab", "aac", "ab"]}),
        ("rule from a letter after a shared prefix only", {"words": ["tk", "tm", "kt", "kmm", "mkt"]}),
        ("duplicate rule", {"words": ["ca", "cb", "da", "db"]}),
        ("every letter of the alphabet", {"words": list(string.ascii_lowercase[::-1])}),
    ]
    for _ in range(4):
        out.append(("random consistent", {"words": _dictionary(rng, rng.randint(2, 8), rng.randint(2, 15), 5)}))
    for _ in range(3):
        out.append(("random with two words swapped", {"words": _broken(rng, rng.randint(3, 8), rng.randint(3, 15), 4)}))
    out.append(("large consistent", {"words": _dictionary(rng, 26, 1000, 100)}))
    out.append(("large with two words swapped", {"words": _broken(rng, 26, 1000, 12)}))
    long_words = _dictionary(rng, 26, 998, 100)
    out.append(("large, contradiction at the very end", {"words": long_words + ["zz" * 50, "zz" * 49]}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """About n letters in all: n / 8 sorted words of up to 15 letters, for the probe."""
    return {"words": _dictionary(rng, 26, max(2, n // 8), 15)}
