"""Hidden tests for bracket-calculator: random valid expressions."""

import random

SEED = 2026


def expr(rng: random.Random, depth: int) -> str:
    """A random expression: terms joined by + and -, some bracketed, some negated."""
    terms = []
    for i in range(rng.randint(1, 4)):
        if depth > 0 and rng.random() < 0.4:
            term = "(" + expr(rng, depth - 1) + ")"
        else:
            term = str(rng.randint(0, 1000))
        if i == 0:
            terms.append(("-" if rng.random() < 0.3 else "") + term)
        else:
            terms.append(rng.choice([" + ", " - ", "+", "-"]) + term)
    return "".join(terms)


def nested(depth: int) -> str:
    """Deeply nested negations: -(1 - (2 - (3 - ...)))."""
    s = str(depth)
    for d in range(depth - 1, 0, -1):
        s = f"{d} - ({s})"
    return "-(" + s + ")"


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single digit", {"expression": "7"}),
        ("single number with spaces", {"expression": "  42 "}),
        ("zero", {"expression": "0"}),
        ("negated number", {"expression": "-9"}),
        ("negated bracket", {"expression": "-(2 + 3)"}),
        ("minus after an opening bracket", {"expression": "(-4 + 10)"}),
        ("double negation", {"expression": "-(-(6))"}),
        ("brackets around one number", {"expression": "((((8))))"}),
        ("no spaces", {"expression": "1-(2-(3-4))+5"}),
        ("large numbers", {"expression": "2147483647 - 2147483647 + 2147483647"}),
        ("minimum value", {"expression": "-2147483647 - 1"}),
        ("subtraction is left to right", {"expression": "10 - 2 - 3"}),
    ]
    for _ in range(8):
        out.append(("random", {"expression": expr(rng, 3)}))
    out.append(("large flat", {"expression": " + ".join(str(rng.randint(0, 1000)) for _ in range(5_000))}))
    out.append(("large deep nesting", {"expression": nested(2_000)}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """An expression of about n characters, for the complexity probe."""
    return {"expression": "-".join(f"({rng.randint(0, 9)}+{rng.randint(0, 9)})" for _ in range(max(1, n // 6)))}
