"""Hidden tests for edit-distance."""

import random

SEED = 2026


def _text(rng: random.Random, n: int, alphabet: str) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _mutate(rng: random.Random, w: str, edits: int, alphabet: str) -> str:
    for _ in range(edits):
        op = rng.choice("idr")
        i = rng.randint(0, len(w))
        if op == "i" or not w:
            w = w[:i] + rng.choice(alphabet) + w[i:]
        elif op == "d":
            i = min(i, len(w) - 1)
            w = w[:i] + w[i + 1 :]
        else:
            i = min(i, len(w) - 1)
            w = w[:i] + rng.choice(alphabet) + w[i + 1 :]
    return w


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("both empty", {"word1": "", "word2": ""}),
        ("first empty", {"word1": "", "word2": "abc"}),
        ("second empty", {"word1": "hello", "word2": ""}),
        ("identical", {"word1": "same", "word2": "same"}),
        ("single replace", {"word1": "a", "word2": "b"}),
        ("all replaced", {"word1": "abc", "word2": "xyz"}),
        ("shift by one", {"word1": "abcdef", "word2": "bcdefa"}),
        ("reversed", {"word1": "abcde", "word2": "edcba"}),
        ("repeated letters", {"word1": "aaaaa", "word2": "aa"}),
        ("classic", {"word1": "intention", "word2": "execution"}),
    ]
    for _ in range(7):
        w = _text(rng, rng.randint(1, 30), "abcde")
        out.append(("random few edits", {"word1": w, "word2": _mutate(rng, w, rng.randint(1, 5), "abcde")}))
    for _ in range(3):
        out.append(("random unrelated", {"word1": _text(rng, rng.randint(0, 40), "abc"), "word2": _text(rng, rng.randint(0, 40), "abc")}))
    w = _text(rng, 500, "abcdefghijklmnopqrstuvwxyz")
    out.append(("large similar", {"word1": w, "word2": _mutate(rng, w, 40, "abcdefghijklmnopqrstuvwxyz")}))
    out.append(("large unrelated", {"word1": _text(rng, 500, "abcd"), "word2": _text(rng, 500, "abcd")}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """Two random words of length n, for the complexity probe (expect O(n^2))."""
    n = max(1, n)
    return {"word1": _text(rng, n, "abcd"), "word2": _text(rng, n, "abcd")}
