"""Inputs for bracket-depth: visible examples, hidden tests by category, sized inputs."""

import random

SEED = 41
LETTERS = "abcxyz019"
EXAMPLES = [
    "3\n(a[b]{c})\n([)]\nxyz\n",
    "2\n{{{x}}}\n(()\n",
    "4\n()\n)(\n[]{}()\n{[()()]}\n",
    "1\na(b)c[d]e{f}g\n",
    "3\n]\n((((\n[a]\n",
]


def balanced(rng: random.Random, n: int) -> str:
    """A balanced snippet of about n characters."""
    out: list[str] = []
    waiting: list[str] = []
    for _ in range(n):
        r = rng.random()
        if waiting and (r < 0.4 or len(out) + len(waiting) >= n):
            out.append({"(": ")", "[": "]", "{": "}"}[waiting.pop()])
        elif r < 0.8:
            ch = rng.choice("([{")
            waiting.append(ch)
            out.append(ch)
        else:
            out.append(rng.choice(LETTERS))
    while waiting:
        out.append({"(": ")", "[": "]", "{": "}"}[waiting.pop()])
    return "".join(out) or "a"


def spoil(rng: random.Random, s: str) -> str:
    """A snippet made unbalanced by one change."""
    i = rng.randrange(len(s))
    return s[:i] + rng.choice(")]}([{") + s[i + 1 :]


def text(snippets: list[str]) -> dict:
    """The input holding these snippets."""
    return {"stdin": f"{len(snippets)}\n" + "".join(s + "\n" for s in snippets)}


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected output."""
    out = [
        ("no brackets", text(["hello", "0", "z9"])),
        ("single pair", text(["()", "[]", "{}"])),
        ("closer first", text([")", "]a[", "}{"])),
        ("left open", text(["(", "[[[]]", "{a"])),
        ("crossed shapes", text(["([)]", "{(})", "[{]}"])),
        ("deep nesting", text(["(" * 5000 + ")" * 5000])),
        ("deep then broken", text(["[" * 3000 + "]" * 2999 + ")"])),
        ("one snippet", text(["x"])),
    ]
    for _ in range(8):
        snippets = [balanced(rng, rng.randint(1, 40)) for _ in range(rng.randint(1, 12))]
        snippets = [spoil(rng, s) if rng.random() < 0.4 else s for s in snippets]
        out.append(("random", text(snippets)))
    out.append(("many lines", text([balanced(rng, rng.randint(1, 8)) for _ in range(10_000)])))
    out.append(("large input", sized_input(100_000, rng)))
    out.append(("large input, broken at the end", text([balanced(rng, 100_000) + "("])))
    out.append(("all letters", text(["".join(rng.choice(LETTERS) for _ in range(1000))])))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """One balanced snippet of about n characters."""
    return text([balanced(rng, max(1, n))])
