"""Hidden tests for minimum-window-substring."""

import random
import string

SEED = 2026


def _text(rng: random.Random, n: int, alphabet: str) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single character match", {"s": "a", "t": "a"}),
        ("single character miss", {"s": "a", "t": "b"}),
        ("t longer than s", {"s": "ab", "t": "abc"}),
        ("whole string", {"s": "xyz", "t": "zyx"}),
        ("repeats in t", {"s": "aaflslflsldkalskaaa", "t": "aaa"}),
        ("not enough repeats", {"s": "abcabc", "t": "aaa"}),
        ("case matters", {"s": "aAbBcC", "t": "ABC"}),
        ("tie goes to the first", {"s": "abxba", "t": "ab"}),
        ("answer at the end", {"s": "zzzzzzab", "t": "ba"}),
        ("answer at the start", {"s": "abzzzzzz", "t": "ba"}),
        ("t equals s", {"s": "hello", "t": "hello"}),
    ]
    for _ in range(6):
        s = _text(rng, rng.randint(5, 60), "abcd")
        out.append(("random", {"s": s, "t": _text(rng, rng.randint(1, 4), "abcd")}))
    for _ in range(3):
        s = _text(rng, rng.randint(20, 200), string.ascii_letters)
        out.append(("random letters", {"s": s, "t": _text(rng, rng.randint(1, 6), string.ascii_letters)}))
    big = _text(rng, 40_000, "abcdefghij")
    out.append(("large input", {"s": big, "t": _text(rng, 30, "abcdefghij")}))
    out.append(("large no answer", {"s": _text(rng, 40_000, "abc"), "t": "abcd"}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """A text of n letters and a five-letter pattern, for the complexity probe."""
    return {"s": _text(rng, max(1, n), "abcdefghij"), "t": _text(rng, 5, "abcdefghij")}
