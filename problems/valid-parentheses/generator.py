"""Hidden tests for valid-parentheses: balanced strings and near misses."""

import random

SEED = 2026
PAIRS = ["()", "[]", "{}"]


def _balanced(rng: random.Random, n_pairs: int) -> str:
    out: list[str] = []
    stack: list[str] = []
    opened = 0
    while opened < n_pairs or stack:
        if opened < n_pairs and (not stack or rng.random() < 0.55):
            pair = rng.choice(PAIRS)
            out.append(pair[0])
            stack.append(pair[1])
            opened += 1
        else:
            out.append(stack.pop())
    return "".join(out)


def _corrupt(rng: random.Random, s: str) -> str:
    i = rng.randrange(len(s))
    choices = [c for c in "()[]{}" if c != s[i]]
    return s[:i] + rng.choice(choices) + s[i + 1 :]


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("empty", {"s": ""}),
        ("single character", {"s": "("}),
        ("single character", {"s": "}"}),
        ("closer first", {"s": ")("}),
        ("wrong kind", {"s": "(]"}),
        ("interleaved", {"s": "{(})"}),
        ("only openers", {"s": "[[[[{{(("}),
        ("only closers", {"s": "))]]}}"}),
        ("deep nesting", {"s": "(" * 500 + ")" * 500}),
        ("deep nesting off by one", {"s": "[" * 500 + "]" * 499}),
        ("extra closer at end", {"s": "()[]{}}"}),
    ]
    for _ in range(5):
        out.append(("random balanced", {"s": _balanced(rng, rng.randint(1, 40))}))
    for _ in range(5):
        out.append(("random near miss", {"s": _corrupt(rng, _balanced(rng, rng.randint(2, 40)))}))
    out.append(("large balanced", {"s": _balanced(rng, 10000)}))
    out.append(("large near miss", {"s": _balanced(rng, 10000) + "("}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """A balanced string of about n characters, for the complexity probe."""
    return {"s": _balanced(rng, max(1, n // 2))}
