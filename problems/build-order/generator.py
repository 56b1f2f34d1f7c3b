"""Inputs for build-order: visible examples, hidden tests by category, sized inputs."""

import random
import string

SEED = 52
EXAMPLES = [
    "4 3\ntest lint build deploy\nbuild test\nlint test\ntest deploy\n",
    "2 2\na b\na b\nb a\n",
    "1 0\nsolo\n",
    "3 0\nc b a\n",
    "5 4\ne d c b a\na e\nb e\ne c\nd c\n",
]


def text(names: list[str], rules: list[tuple[str, str]]) -> dict:
    """The input holding these tasks and rules."""
    body = "".join(f"{a} {b}\n" for a, b in rules)
    return {"stdin": f"{len(names)} {len(rules)}\n{' '.join(names)}\n{body}"}


def task_names(rng: random.Random, n: int) -> list[str]:
    """n distinct task names."""
    names: set[str] = set()
    while len(names) < n:
        names.add("".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(1, 6))))
    out = sorted(names)
    rng.shuffle(out)
    return out


def dag(rng: random.Random, names: list[str], m: int) -> list[tuple[str, str]]:
    """m rules consistent with a hidden random order (no cycle)."""
    order = names[:]
    rng.shuffle(order)
    rules = []
    for _ in range(m):
        i, j = sorted(rng.sample(range(len(order)), 2))
        rules.append((order[i], order[j]))
    return rules


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected output."""
    out = [
        ("no rules", text(["zeta", "alpha", "mid"], [])),
        ("self rule", text(["a", "b"], [("a", "a")])),
        ("duplicate rules", text(["x", "y"], [("y", "x"), ("y", "x")])),
        ("chain against the alphabet", text(["a", "b", "c"], [("c", "b"), ("b", "a")])),
        ("long cycle", text(["p", "q", "r", "s"], [("p", "q"), ("q", "r"), ("r", "s"), ("s", "p")])),
        ("cycle beside free tasks", text(["a", "b", "c", "d"], [("c", "d"), ("d", "c")])),
        ("smallest first beats shortest path", text(["b", "a", "c"], [("b", "a")])),
        ("prefix names", text(["ab", "a", "abc", "b"], [("abc", "a")])),
    ]
    for _ in range(9):
        names = task_names(rng, rng.randint(1, 10))
        rules = dag(rng, names, rng.randint(0, 12)) if len(names) > 1 else []
        if rules and rng.random() < 0.3:
            a, b = rng.choice(rules)
            rules.append((b, a))
        out.append(("random", text(names, rules)))
    out.append(("large input", sized_input(40_000, rng)))
    names = task_names(rng, 10_000)
    chain = [(names[i], names[i + 1]) for i in range(len(names) - 1)]
    out.append(("large, one chain", text(names, chain)))
    out.append(("large, cycle at the end", text(names, chain + [(names[-1], names[0])])))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """About n / 2 tasks and n / 2 rules without a cycle."""
    names = task_names(rng, max(2, n // 2))
    return text(names, dag(rng, names, max(1, n // 2)))
