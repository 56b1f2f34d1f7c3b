"""Hidden tests for mirror-chain-check (lists are written as their values, head first)."""

import random

SEED = 2026


def digits(rng: random.Random, n: int) -> list[int]:
    return [rng.randint(0, 9) for _ in range(n)]


def palindrome(rng: random.Random, n: int) -> list[int]:
    half = digits(rng, n // 2)
    return half + digits(rng, n % 2) + half[::-1]


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single node", {"head": [7]}),
        ("two equal", {"head": [4, 4]}),
        ("two different", {"head": [4, 5]}),
        ("three with a different middle", {"head": [1, 9, 1]}),
        ("even palindrome", {"head": [1, 2, 3, 3, 2, 1]}),
        ("odd palindrome", {"head": [1, 2, 3, 2, 1]}),
        ("differs only in the middle pair", {"head": [1, 2, 3, 4, 2, 1]}),
        ("differs only at the ends", {"head": [1, 5, 5, 5, 2]}),
        ("all equal", {"head": [0] * 9}),
        ("reversal is not a palindrome", {"head": [1, 2, 3, 4]}),
    ]
    for _ in range(5):
        out.append(("random palindrome", {"head": palindrome(rng, rng.randint(1, 40))}))
    for _ in range(5):
        p = palindrome(rng, rng.randint(2, 40))
        i = rng.randrange(len(p))
        if len(p) % 2 == 0 or i != len(p) // 2:
            p[i] = (p[i] + 1) % 10
        out.append(("random near palindrome", {"head": p}))
    out.append(("large palindrome", {"head": palindrome(rng, 20_000)}))
    big = palindrome(rng, 20_000)
    big[10_000] = (big[10_000] + 1) % 10
    out.append(("large one off in the middle", {"head": big}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """A palindrome of n nodes (the whole chain is compared), for the probe."""
    return {"head": palindrome(rng, max(1, n))}
