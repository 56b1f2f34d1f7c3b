"""Hidden tests for anagram-inside-string."""

import random
import string

SEED = 2026


def word(rng: random.Random, n: int, letters: str = "abc") -> str:
    return "".join(rng.choice(letters) for _ in range(n))


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single letters equal", {"word": "a", "text": "a"}),
        ("single letters different", {"word": "a", "text": "b"}),
        ("word longer than text", {"word": "abcd", "text": "abc"}),
        ("text equals a rearrangement", {"word": "listen", "text": "silent"}),
        ("match at the start", {"word": "ab", "text": "baxxxx"}),
        ("match at the end", {"word": "ab", "text": "xxxxba"}),
        ("letters present but split", {"word": "abc", "text": "abzc"}),
        ("one count short", {"word": "aab", "text": "abbabb"}),
        ("repeated letter word", {"word": "aaa", "text": "aabaaa"}),
        ("same letters wrong counts", {"word": "aabb", "text": "ababab" + "a"}),
        ("whole alphabet", {"word": string.ascii_lowercase, "text": "zz" + string.ascii_lowercase[::-1] + "zz"}),
    ]
    for _ in range(5):
        text = word(rng, rng.randint(2, 40))
        n = rng.randint(1, len(text))
        i = rng.randint(0, len(text) - n)
        piece = list(text[i : i + n])
        rng.shuffle(piece)
        out.append(("random contained", {"word": "".join(piece), "text": text}))
    for _ in range(5):
        out.append(("random", {"word": word(rng, rng.randint(1, 5)), "text": word(rng, rng.randint(1, 30))}))
    text = word(rng, 10_000, string.ascii_lowercase[:6])
    out.append(("large near miss", {"word": "abcdef" * 100 + "a", "text": text}))
    piece = list(text[7_000:7_500])
    rng.shuffle(piece)
    out.append(("large contained", {"word": "".join(piece), "text": text}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """A text of n letters and a word of n // 2 letters that never matches."""
    n = max(2, n)
    return {"word": "a" * (n // 2) + "z", "text": word(rng, n, "ab")}
