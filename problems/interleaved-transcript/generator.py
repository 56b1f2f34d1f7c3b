"""Hidden tests for interleaved-transcript."""

import random

SEED = 2026


def _word(rng: random.Random, n: int, letters: str = "ab") -> str:
    return "".join(rng.choice(letters) for _ in range(n))


def _mix(rng: random.Random, a: str, b: str) -> str:
    i = j = 0
    out = []
    while i < len(a) or j < len(b):
        if j == len(b) or (i < len(a) and rng.random() < 0.5):
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    return "".join(out)


def _spoil(rng: random.Random, s: str) -> str:
    """Swap two different neighbouring letters (the counts still match)."""
    spots = [k for k in range(len(s) - 1) if s[k] != s[k + 1]]
    if not spots:
        return s
    k = rng.choice(spots)
    return s[:k] + s[k + 1] + s[k] + s[k + 2:]


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("all empty", {"first": "", "second": "", "merged": ""}),
        ("empty speakers, non-empty transcript", {"first": "", "second": "", "merged": "a"}),
        ("one speaker silent", {"first": "", "second": "abc", "merged": "abc"}),
        ("one speaker silent, mismatch", {"first": "abc", "second": "", "merged": "acb"}),
        ("transcript too short", {"first": "ab", "second": "cd", "merged": "abc"}),
        ("transcript too long", {"first": "a", "second": "b", "merged": "abb"}),
        ("same letters, wrong counts", {"first": "aa", "second": "b", "merged": "abb"}),
        ("greedy choice fails", {"first": "aab", "second": "aac", "merged": "aacaab"}),
        ("identical speakers", {"first": "abab", "second": "abab", "merged": "aabbaabb"}),
        ("one speaker in a block", {"first": "xyz", "second": "pq", "merged": "pqxyz"}),
        ("order within a speaker broken", {"first": "abc", "second": "d", "merged": "dacb"}),
    ]
    for _ in range(4):
        a, b = _word(rng, rng.randint(1, 12)), _word(rng, rng.randint(1, 12))
        out.append(("random interleaving", {"first": a, "second": b, "merged": _mix(rng, a, b)}))
    for _ in range(4):
        a, b = _word(rng, rng.randint(2, 12)), _word(rng, rng.randint(2, 12))
        out.append(("random near miss", {"first": a, "second": b, "merged": _spoil(rng, _mix(rng, a, b))}))
    a, b = _word(rng, 100), _word(rng, 100)
    out.append(("large interleaving", {"first": a, "second": b, "merged": _mix(rng, a, b)}))
    a, b = "a" * 99 + "b", "a" * 100
    out.append(("large, a single late mismatch", {"first": a, "second": b, "merged": "a" * 199 + "c"}))
    out.append(("large repeated letters", {"first": "a" * 100, "second": "a" * 100, "merged": "a" * 200}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """Two speakers of n letters each (a table of n^2 cells), for the complexity probe."""
    a, b = _word(rng, max(1, n)), _word(rng, max(1, n))
    return {"first": a, "second": b, "merged": _mix(rng, a, b)}
