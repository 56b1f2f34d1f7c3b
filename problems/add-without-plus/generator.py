"""Hidden tests for add-without-plus."""

import random

SEED = 2026


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("both zero", {"a": 0, "b": 0}),
        ("zero and positive", {"a": 0, "b": 37}),
        ("negative and zero", {"a": -37, "b": 0}),
        ("opposites cancel", {"a": 512, "b": -512}),
        ("both negative", {"a": -250, "b": -399}),
        ("long carry chain", {"a": 511, "b": 1}),
        ("minus one plus one", {"a": -1, "b": 1}),
        ("minus one plus minus one", {"a": -1, "b": -1}),
        ("extremes", {"a": 1000, "b": 1000}),
        ("negative extremes", {"a": -1000, "b": -1000}),
        ("mixed extremes", {"a": -1000, "b": 1000}),
        ("powers of two", {"a": 256, "b": 256}),
        ("negative result from mixed signs", {"a": 3, "b": -700}),
    ]
    for _ in range(6):
        out.append(("random", {"a": rng.randint(-1000, 1000), "b": rng.randint(-1000, 1000)}))
    for _ in range(3):
        out.append(("random both negative", {"a": rng.randint(-1000, -1), "b": rng.randint(-1000, -1)}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]
