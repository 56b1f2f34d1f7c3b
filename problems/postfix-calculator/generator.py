"""Hidden tests for postfix-calculator: random expression trees, kept in 32 bits."""

import random

SEED = 2026
LIMIT = 2**31 - 1


def trunc_div(a: int, b: int) -> int:
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def build(rng: random.Random, leaves: int, ops: str = "+-*/") -> tuple[list[str], int]:
    """A random valid expression with the given number of numbers, and its value."""
    while True:
        if leaves == 1:
            v = rng.randint(-200, 200)
            return [str(v)], v
        left = rng.randint(1, leaves - 1)
        lt, lv = build(rng, left, ops)
        rt, rv = build(rng, leaves - left, ops)
        op = rng.choice(ops)
        if op == "/" and rv == 0:
            continue
        v = {"+": lambda: lv + rv, "-": lambda: lv - rv, "*": lambda: lv * rv, "/": lambda: trunc_div(lv, rv)}[op]()
        if -LIMIT - 1 <= v <= LIMIT:
            return lt + rt + [op], v


def chain(n: int, rng: random.Random) -> list[str]:
    """n numbers folded left to right with + and -: a long, shallow expression."""
    tokens = [str(rng.randint(-200, 200))]
    for _ in range(n - 1):
        tokens += [str(rng.randint(-200, 200)), rng.choice("+-")]
    return tokens


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single number", {"tokens": ["42"]}),
        ("single negative number", {"tokens": ["-200"]}),
        ("subtraction order", {"tokens": ["2", "9", "-"]}),
        ("division order", {"tokens": ["9", "2", "/"]}),
        ("negative quotient truncates", {"tokens": ["-7", "2", "/"]}),
        ("negative divisor truncates", {"tokens": ["7", "-2", "/"]}),
        ("both negative", {"tokens": ["-7", "-2", "/"]}),
        ("quotient below one", {"tokens": ["3", "-5", "/"]}),
        ("minus a negative", {"tokens": ["5", "-5", "-"]}),
        ("deep right nesting", {"tokens": ["1", "2", "3", "4", "5", "+", "+", "+", "+"]}),
        ("near the 32-bit limit", {"tokens": ["200", "200", "*", "200", "*", "200", "*", "-1", "*", "-200", "+"]}),
        ("multiplying by zero", {"tokens": ["0", "-13", "*"]}),
    ]
    for _ in range(8):
        tokens, _ = build(rng, rng.randint(2, 12))
        out.append(("random", {"tokens": tokens}))
    tokens, _ = build(rng, 200, "+-")
    out.append(("large tree of sums", {"tokens": tokens}))
    out.append(("large chain", {"tokens": chain(4_000, rng)}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """A chain of about n tokens, for the complexity probe."""
    return {"tokens": chain(max(1, n // 2), rng)}
