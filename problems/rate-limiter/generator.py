"""Tests for rate-limiter: call sequences; the reference supplies the expected returns."""

import random

SEED = 2026

VISIBLE = [
    ("example-1", ["RateLimiter", "allow", "allow", "allow", "allow", "allow"],
     [[2, 10], ["ana", 1], ["ana", 3], ["ana", 5], ["bo", 5], ["ana", 11]]),
    ("example-2", ["RateLimiter", "allow", "allow", "allow"], [[1, 5], ["x", 7], ["x", 8], ["x", 12]]),
    ("same-second", ["RateLimiter", "allow", "allow", "allow"], [[2, 1], ["c", 4], ["c", 4], ["c", 4]]),
    ("two-clients", ["RateLimiter", "allow", "allow", "allow", "allow"],
     [[1, 100], ["a", 1], ["b", 1], ["a", 2], ["b", 2]]),
    ("rejections-do-not-count", ["RateLimiter", "allow", "allow", "allow", "allow"],
     [[1, 10], ["z", 1], ["z", 9], ["z", 10], ["z", 11]]),
]


def _random_calls(rng: random.Random, calls: int, clients: int, limit: int, window: int,
                  step: int) -> dict:
    ops, args, now = ["RateLimiter"], [[limit, window]], 1
    names = [f"c{i}" for i in range(clients)]
    for _ in range(calls):
        now += rng.randint(0, step)
        ops.append("allow")
        args.append([rng.choice(names), now])
    return {"operations": ops, "arguments": args}


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs."""
    out = [
        ("window of one second", _random_calls(rng, 30, 2, 1, 1, 1)),
        ("expiry exactly at the boundary", {
            "operations": ["RateLimiter", "allow", "allow", "allow"],
            "arguments": [[1, 10], ["q", 5], ["q", 14], ["q", 15]],
        }),
        ("large limit never reached", _random_calls(rng, 40, 3, 1000, 50, 2)),
        ("burst at one timestamp", {"operations": ["RateLimiter"] + ["allow"] * 8,
                                    "arguments": [[3, 60]] + [["burst", 100]] * 8}),
        ("late timestamps", _random_calls(rng, 30, 2, 2, 10**6, 10**5)),
    ]
    for _ in range(9):
        out.append(("random one client", _random_calls(rng, rng.randint(10, 40), 1, rng.randint(1, 4),
                                                       rng.randint(1, 20), 4)))
    for _ in range(5):
        out.append(("random many clients", _random_calls(rng, 80, rng.randint(3, 10), rng.randint(1, 5),
                                                         rng.randint(5, 60), 3)))
    out.append(("large", _random_calls(rng, 5000, 50, 5, 100, 1)))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]
