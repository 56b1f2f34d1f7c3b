"""Inputs for error-log-summary: visible examples, hidden tests by category, sized inputs."""

import random

SEED = 46
LEVELS = ["INFO", "INFO", "WARN", "ERROR"]
WORDS = ["timeout", "connection", "refused", "user", "retry", "disk", "full", "ok", "id", "42"]
EXAMPLES = [
    "5\n09:00:01 INFO auth user signed in\n09:00:05 ERROR db connection refused\n"
    "09:01:00 ERROR auth token expired for id 7\n09:02:30 ERROR db connection refused\n"
    "09:03:00 WARN cache slow response\n",
    "2\n10:00:00 INFO api started\n10:00:01 WARN api slow start\n",
    "1\n00:00:00 ERROR x boom\n",
    "4\n12:00:00 ERROR web a\n12:00:01 ERROR api b\n12:00:02 ERROR web c\n12:00:03 ERROR api d\n",
    "3\n08:15:00 WARN ERROR this message says ERROR\n08:16:00 INFO db ERROR\n"
    "08:17:00 ERROR db real one\n",
]


def clock(seconds: int) -> str:
    """Seconds since midnight as HH:MM:SS."""
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def log(rng: random.Random, n: int, services: list[str], levels: list[str]) -> dict:
    """n log lines in time order."""
    t = rng.randint(0, 3600)
    lines = []
    for _ in range(n):
        t = min(t + rng.randint(0, 30), 86399)
        message = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 6)))
        lines.append(f"{clock(t)} {rng.choice(levels)} {rng.choice(services)} {message}")
    return {"stdin": f"{n}\n" + "".join(line + "\n" for line in lines)}


def names(rng: random.Random, k: int) -> list[str]:
    """k distinct service names."""
    pool = ["auth", "db", "api", "web", "cache", "queue", "billing", "search", "edge-1", "edge-2"]
    return rng.sample(pool, k)


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected output."""
    out = [
        ("no errors", log(rng, 20, ["api", "db"], ["INFO", "WARN"])),
        ("only errors", log(rng, 15, ["api", "db", "web"], ["ERROR"])),
        ("single line", {"stdin": "1\n23:59:59 ERROR edge-1 last gasp\n"}),
        ("ties by name", {"stdin": "4\n01:00:00 ERROR zeta a\n01:00:01 ERROR alpha b\n"
                                   "01:00:02 ERROR mid c\n01:00:03 INFO alpha d\n"}),
        ("level word in message", {"stdin": "2\n02:00:00 INFO api ERROR ERROR ERROR\n"
                                            "02:00:01 WARN db error in lowercase\n"}),
        ("extra spaces", {"stdin": "2\n03:00:00 ERROR   api    spaced   out\n"
                                   "03:00:01 ERROR api tail\n"}),
        ("service named like a level", {"stdin": "2\n04:00:00 ERROR INFO x\n"
                                                  "04:00:01 ERROR WARN y\n"}),
    ]
    for _ in range(11):
        out.append(("random", log(rng, rng.randint(1, 40), names(rng, rng.randint(1, 6)), LEVELS)))
    out.append(("large input", sized_input(10_000, rng)))
    out.append(("large, one service", log(rng, 5_000, ["db"], LEVELS)))
    out.append(("large, no errors", log(rng, 5_000, names(rng, 8), ["INFO", "WARN"])))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n log lines over many services."""
    services = [f"svc-{i}" for i in range(max(1, n // 10))]
    return log(rng, max(1, n), services, LEVELS)
