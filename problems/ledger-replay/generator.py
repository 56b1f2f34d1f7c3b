"""Inputs for ledger-replay: visible examples, hidden tests by category, sized inputs."""

import random

SEED = 49
EXAMPLES = [
    "6\nopen alice\nopen bob\ndeposit alice 50\ntransfer alice bob 80\n"
    "transfer alice bob 20\nwithdraw carol 5\n",
    "3\nopen x\nopen x\nwithdraw x 1\n",
    "1\nopen solo\n",
    "4\nopen a\ndeposit a 10\nwithdraw a 10\nwithdraw a 1\n",
    "5\nopen b2\nopen a1\ndeposit a1 7\ntransfer a1 a1 7\ntransfer a1 b2 7\n",
]


def text(commands: list[str]) -> dict:
    """The input holding these commands."""
    return {"stdin": f"{len(commands)}\n" + "".join(c + "\n" for c in commands)}


def replay(rng: random.Random, n: int, names: list[str], big: bool = False) -> list[str]:
    """n commands over these names, most of them valid."""
    top = 10**9 if big else 100
    out = []
    for _ in range(n):
        r = rng.random()
        a, b = rng.choice(names), rng.choice(names)
        x = rng.randint(1, top)
        if r < 0.15:
            out.append(f"open {a}")
        elif r < 0.5:
            out.append(f"deposit {a} {x}")
        elif r < 0.75:
            out.append(f"withdraw {a} {x}")
        else:
            out.append(f"transfer {a} {b} {x}")
    return out


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected output."""
    out = [
        ("nothing rejected", text(["open a", "deposit a 5", "withdraw a 5"])),
        ("everything rejected", text(["deposit a 1", "withdraw a 1", "transfer a b 1"])),
        ("exact balance", text(["open a", "open b", "deposit a 9", "transfer a b 9"])),
        ("one short", text(["open a", "open b", "deposit a 9", "transfer a b 10"])),
        ("transfer to itself", text(["open a", "deposit a 3", "transfer a a 1"])),
        ("unknown receiver", text(["open a", "deposit a 3", "transfer a z 1"])),
        ("reopen keeps balance", text(["open a", "deposit a 4", "open a"])),
        ("64-bit balances", text(["open rich"] + ["deposit rich 1000000000"] * 1000)),
        ("names sort as text", text(["open b", "open a10", "open a9", "deposit a9 1"])),
    ]
    for _ in range(10):
        names = rng.sample(["ann", "bo", "cy", "dee", "ed", "fay", "g1", "h22"], rng.randint(1, 5))
        out.append(("random", text([f"open {x}" for x in names[:2]] + replay(rng, 20, names))))
    out.append(("large input", sized_input(10_000, rng)))
    names = [f"acct{i}" for i in range(500)]
    out.append(("large, many accounts", text(replay(rng, 10_000, names, big=True))))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n commands over about n / 20 accounts."""
    names = [f"u{i}" for i in range(max(1, n // 20))]
    return text([f"open {x}" for x in names] + replay(rng, max(1, n), names))
