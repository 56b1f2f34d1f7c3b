"""Hidden tests for group-anagrams."""

import random

SEED = 2026


def _word(rng: random.Random, n: int, alphabet: str = "abcde") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _shuffled(rng: random.Random, w: str) -> str:
    letters = list(w)
    rng.shuffle(letters)
    return "".join(letters)


def _words(rng: random.Random, n: int, roots: int, length: int) -> list[str]:
    base = [_word(rng, rng.randint(1, length), "abcdefghijklmnopqrstuvwxyz") for _ in range(roots)]
    return [_shuffled(rng, rng.choice(base)) for _ in range(n)]


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("empty", {"words": []}),
        ("single word", {"words": ["listen"]}),
        ("single empty word", {"words": [""]}),
        ("duplicates", {"words": ["ab", "ab", "ba", "ab"]}),
        ("no anagrams", {"words": ["abc", "abd", "abe", "xyz"]}),
        ("same letters different counts", {"words": ["aab", "abb", "bab", "aba"]}),
        ("one letter words", {"words": ["a", "b", "a", "c", "b"]}),
        ("all one bucket", {"words": ["rat", "tar", "art", "tra", "atr"]}),
        ("prefix is not anagram", {"words": ["ab", "abc", "ba", "cba"]}),
        ("long words", {"words": ["z" * 100, "y" + "z" * 99, "z" * 99 + "y"]}),
    ]
    for _ in range(8):
        out.append(("random", {"words": _words(rng, rng.randint(2, 30), rng.randint(1, 6), 6)}))
    out.append(("random short alphabet", {"words": [_word(rng, 3, "ab") for _ in range(20)]}))
    out.append(("large input", {"words": _words(rng, 3_000, 400, 12)}))
    out.append(("large all distinct", {"words": [_word(rng, 10, "abcdefghijklmnopqrstuvwxyz") for _ in range(1_500)]}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n words of length 8 drawn from n // 4 roots, for the complexity probe."""
    return {"words": _words(rng, max(1, n), max(1, n // 4), 8)}
