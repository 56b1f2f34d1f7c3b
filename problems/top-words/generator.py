"""Inputs for top-words: visible examples, hidden tests by category, sized inputs."""

import random
import string

SEED = 48
EXAMPLES = [
    "2\nthe cat and the hat\nand the bat\n",
    "5\nb a b\n",
    "1\nsolo\n",
    "3\nx y z x y z w\n",
    "2\nab\nab ab\nb b\naa\n",
]


def text(k: int, words: list[str], per_line: int = 12) -> dict:
    """The input holding k and these words."""
    lines = [" ".join(words[i : i + per_line]) for i in range(0, len(words), per_line)]
    return {"stdin": f"{k}\n" + "".join(line + "\n" for line in lines)}


def vocabulary(rng: random.Random, size: int, length: int = 6) -> list[str]:
    """size distinct random words."""
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(1, length))))
    return sorted(words)


def zipf(rng: random.Random, vocab: list[str], n: int) -> list[str]:
    """n words drawn with a skewed (Zipf-like) frequency."""
    weights = [1 / (i + 1) for i in range(len(vocab))]
    return rng.choices(vocab, weights=weights, k=n)


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected output."""
    out = [
        ("k larger than vocabulary", text(10, ["a", "b", "a"])),
        ("all ties", text(3, ["d", "c", "b", "a"])),
        ("tie at the cut", text(2, ["x", "y", "z", "x", "y", "z", "w"])),
        ("prefix words", text(3, ["ab", "a", "abc", "a", "ab", "abc"])),
        ("one word repeated", text(1, ["echo"] * 50)),
        ("one word per line", text(2, ["q", "p", "q"], per_line=1)),
        ("k equals vocabulary", text(3, ["m", "n", "o", "m"])),
    ]
    for _ in range(10):
        vocab = vocabulary(rng, rng.randint(1, 15), 3)
        out.append(("random", text(rng.randint(1, 8), zipf(rng, vocab, rng.randint(1, 60)))))
    out.append(("large input", _ten_most_common(50_000, rng)))
    out.append(("large, k large", text(20_000, zipf(rng, vocabulary(rng, 10_000, 8), 40_000))))
    out.append(("large, all distinct", text(5, vocabulary(rng, 20_000, 12))))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def _ten_most_common(n: int, rng: random.Random) -> dict:
    """n skewed words from a vocabulary of about n / 10, k = 10: the hidden test "large input"."""
    return text(10, zipf(rng, vocabulary(rng, max(1, n // 10), 7), max(1, n)))


def sized_input(n: int, rng: random.Random) -> dict:
    """8n skewed words from a vocabulary of n, k = n / 4, for the complexity probe.

    The target O(n log k) grows both the text and k with n. Eight words per n so that even
    the smallest sizes take well over a program's start-up time, which the probe's
    wall-clock timing of a program includes.
    """
    n = max(1, n)
    return text(max(1, n // 4), zipf(rng, vocabulary(rng, n, 7), 8 * n))
