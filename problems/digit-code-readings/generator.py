"""Hidden tests for digit-code-readings."""

import random

SEED = 2026


def _encode(rng: random.Random, letters: int) -> str:
    return "".join(str(rng.randint(1, 26)) for _ in range(letters))


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single zero", {"code": "0"}),
        ("single digit", {"code": "7"}),
        ("leading zero", {"code": "012"}),
        ("ten", {"code": "10"}),
        ("twenty-seven splits only one way", {"code": "27"}),
        ("double zero", {"code": "100"}),
        ("zero after a large digit", {"code": "1130"}),
        ("zeros that must pair", {"code": "1020"}),
        ("twenty-six and twenty-seven", {"code": "2627"}),
        ("all ones", {"code": "1" * 20}),
        ("all nines", {"code": "9" * 15}),
        ("ends in zero", {"code": "2210"}),
        ("needs the modulo", {"code": "1" * 1000}),
    ]
    for _ in range(5):
        out.append(("random encoded message", {"code": _encode(rng, rng.randint(1, 12))}))
    for _ in range(2):
        out.append(("random digits", {"code": "".join(rng.choice("0123") for _ in range(rng.randint(2, 15)))}))
    out.append(("large encoded message", {"code": _encode(rng, 60_000)[:100_000]}))
    out.append(("large with a stray zero at the end", {"code": "12" * 49_999 + "30"}))
    out.append(("large all ones and twos", {"code": "".join(rng.choice("12") for _ in range(100_000))}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n random digits 1 and 2 (every split is possible), for the complexity probe."""
    return {"code": "".join(rng.choice("12") for _ in range(max(1, n)))}
