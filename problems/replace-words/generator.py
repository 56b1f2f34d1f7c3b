"""Hidden tests for replace-words."""

import random

SEED = 2026


def _word(rng: random.Random, lo: int, hi: int, alphabet: str = "abcdef") -> str:
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(lo, hi)))


def _case(rng: random.Random, n_stems: int, n_words: int, alphabet: str) -> dict:
    stems = [_word(rng, 1, 4, alphabet) for _ in range(n_stems)]
    words = []
    for _ in range(n_words):
        if rng.random() < 0.6:
            words.append(rng.choice(stems) + _word(rng, 0, 5, alphabet))
        else:
            words.append(_word(rng, 1, 8, alphabet))
    return {"stems": stems, "sentence": " ".join(words)}


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single word equals stem", {"stems": ["go"], "sentence": "go"}),
        ("single word no stem", {"stems": ["go"], "sentence": "g"}),
        ("stem longer than word", {"stems": ["abcdef"], "sentence": "abc abcdefg"}),
        ("nested stems pick shortest", {"stems": ["abcd", "ab", "abc"], "sentence": "abcde abx a"}),
        ("duplicate stems", {"stems": ["re", "re", "re"], "sentence": "read reread red"}),
        ("repeated words", {"stems": ["x"], "sentence": "xy xy xy z"}),
        ("stem in the middle is not a prefix", {"stems": ["ing"], "sentence": "sing ingot"}),
        ("one letter stems", {"stems": ["a", "b", "c"], "sentence": "apple banana cherry date"}),
        ("no replacement at all", {"stems": ["zz"], "sentence": "the quick brown fox"}),
        ("long word", {"stems": ["q"], "sentence": "q" * 1000 + " r" * 3}),
    ]
    for _ in range(8):
        out.append(("random", _case(rng, rng.randint(1, 8), rng.randint(1, 25), "abcd")))
    for _ in range(2):
        out.append(("random wide alphabet", _case(rng, 30, 40, "abcdefghijklmnopqrstuvwxyz")))
    out.append(("large input", _case(rng, 500, 8_000, "abcdefgh")))
    out.append(("large stems", _case(rng, 1_000, 2_000, "abcdefghijklmnopqrstuvwxyz")))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n words and n // 10 stems, for the complexity probe."""
    return _case(rng, max(1, n // 10), max(1, n), "abcdefgh")
