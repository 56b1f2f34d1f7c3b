"""Hidden tests for longest-common-subsequence."""

import random

SEED = 2026


def _text(rng: random.Random, n: int, alphabet: str) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single equal characters", {"text1": "a", "text2": "a"}),
        ("single different characters", {"text1": "a", "text2": "b"}),
        ("identical", {"text1": "interview", "text2": "interview"}),
        ("one inside the other", {"text1": "abcdefgh", "text2": "aceg"}),
        ("reversed", {"text1": "abcdef", "text2": "fedcba"}),
        ("repeated letter", {"text1": "aaaa", "text2": "aa"}),
        ("interleaved", {"text1": "axbycz", "text2": "abc"}),
        ("greedy match is wrong", {"text1": "bab", "text2": "abb"}),
        ("no common letter", {"text1": "xyz" * 5, "text2": "abc" * 5}),
    ]
    for _ in range(8):
        out.append(("random", {"text1": _text(rng, rng.randint(1, 40), "abcd"), "text2": _text(rng, rng.randint(1, 40), "abcd")}))
    for _ in range(2):
        out.append(("random wide alphabet", {"text1": _text(rng, 100, "abcdefghijklmnopqrstuvwxyz"), "text2": _text(rng, 80, "abcdefghijklmnopqrstuvwxyz")}))
    out.append(("large input", {"text1": _text(rng, 1000, "abcdefgh"), "text2": _text(rng, 1000, "abcdefgh")}))
    out.append(("large identical", {"text1": "ab" * 500, "text2": "ab" * 500}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """Two random strings of length n, for the complexity probe (expect O(n^2))."""
    n = max(1, n)
    return {"text1": _text(rng, n, "abcd"), "text2": _text(rng, n, "abcd")}
