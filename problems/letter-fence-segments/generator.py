"""Hidden tests for letter-fence-segments."""

import random
import string

SEED = 2026


def _blocks(rng: random.Random, count: int, size: int) -> str:
    """count runs of size copies of one letter, each run a different letter (count <= 26)."""
    letters = list(string.ascii_lowercase)
    rng.shuffle(letters)
    return "".join(letters[k] * size for k in range(count))


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single letter", {"tape": "q"}),
        ("all distinct", {"tape": "abcdef"}),
        ("all the same", {"tape": "zzzzzz"}),
        ("first and last letters equal", {"tape": "abcdea"}),
        ("nested spans", {"tape": "abccbadd"}),
        ("chained overlaps", {"tape": "abacbdce"}),
        ("palindrome", {"tape": "racecar"}),
        ("singletons between blocks", {"tape": "aabxccdyee"}),
        ("late letter extends the piece", {"tape": "abcxyzabc"}),
        ("every letter once", {"tape": string.ascii_lowercase}),
        ("every letter twice, mirrored", {"tape": string.ascii_lowercase + string.ascii_lowercase[::-1]}),
    ]
    for _ in range(5):
        out.append(("random few letters", {"tape": "".join(rng.choice("abcdef") for _ in range(rng.randint(2, 30)))}))
    for _ in range(3):
        pieces = []
        letters = list(string.ascii_lowercase)
        rng.shuffle(letters)
        for k in range(rng.randint(2, 6)):
            group = letters[3 * k:3 * k + 3]
            pieces.append("".join(rng.choice(group) for _ in range(rng.randint(1, 6))))
        out.append(("random separable pieces", {"tape": "".join(pieces)}))
    out.append(("large random", {"tape": "".join(rng.choice(string.ascii_lowercase) for _ in range(100_000))}))
    out.append(("large, 26 long pieces", {"tape": _blocks(rng, 26, 3846)}))
    out.append(("large, one letter spans everything", {"tape": "a" + "".join(rng.choice("bcdefg") for _ in range(99_998)) + "a"}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n letters in 26 equal single-letter runs (many candidate cuts), for the probe."""
    n = max(26, n)
    size = n // 26
    return {"tape": "".join(ch * size for ch in string.ascii_lowercase)}
