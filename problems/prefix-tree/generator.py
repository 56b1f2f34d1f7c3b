"""Tests for prefix-tree: call sequences; the reference supplies the expected returns."""

import random

SEED = 2026

VISIBLE = [
    ("example-1", ["Trie", "insert", "search", "search", "startsWith", "insert", "search"],
     [[], ["lamp"], ["lamp"], ["lam"], ["lam"], ["lam"], ["lam"]]),
    ("example-2", ["Trie", "insert", "startsWith", "startsWith"], [[], ["ox"], ["oxen"], ["o"]]),
    ("nothing-stored", ["Trie", "search", "startsWith"], [[], ["a"], ["a"]]),
    ("longer-word-not-stored", ["Trie", "insert", "search", "startsWith"],
     [[], ["tree"], ["trees"], ["trees"]]),
    ("shared-prefix", ["Trie", "insert", "insert", "search", "search", "startsWith"],
     [[], ["car"], ["cart"], ["car"], ["ca"], ["cart"]]),
]


def _word(rng: random.Random, letters: str, low: int, high: int) -> str:
    return "".join(rng.choice(letters) for _ in range(rng.randint(low, high)))


def _random_calls(rng: random.Random, calls: int, letters: str, high: int) -> dict:
    ops, args, stored = ["Trie"], [[]], []
    for _ in range(calls):
        r = rng.random()
        if not stored or r < 0.4:
            word = _word(rng, letters, 1, high)
            stored.append(word)
            ops.append("insert")
            args.append([word])
        else:
            base = rng.choice(stored)
            probe = rng.choice([base, base[: rng.randint(1, len(base))],
                                base + _word(rng, letters, 1, 2), _word(rng, letters, 1, high)])
            ops.append(rng.choice(["search", "startsWith"]))
            args.append([probe])
    return {"operations": ops, "arguments": args}


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs."""
    long_word = "z" * 2000
    out = [
        ("single letters", {"operations": ["Trie", "insert", "search", "startsWith", "search"],
                            "arguments": [[], ["a"], ["a"], ["a"], ["b"]]}),
        ("insert twice", {"operations": ["Trie", "insert", "insert", "search", "startsWith"],
                          "arguments": [[], ["echo"], ["echo"], ["echo"], ["ech"]]}),
        ("prefix is not a word", {"operations": ["Trie", "insert", "search", "startsWith", "search"],
                                  "arguments": [[], ["banana"], ["ban"], ["ban"], ["banana"]]}),
        ("longest word", {"operations": ["Trie", "insert", "search", "startsWith", "search"],
                          "arguments": [[], [long_word], [long_word], ["z" * 1999], ["z" * 1999]]}),
        ("branching letters", {"operations": ["Trie"] + ["insert"] * 26 + ["search", "startsWith"],
                               "arguments": [[]] + [["q" + c] for c in "abcdefghijklmnopqrstuvwxyz"]
                               + [["q"], ["q"]]}),
    ]
    for _ in range(8):
        out.append(("random small alphabet", _random_calls(rng, rng.randint(5, 40), "ab", 6)))
    for _ in range(5):
        out.append(("random full alphabet", _random_calls(rng, 60, "abcdefghijklmnopqrstuvwxyz", 8)))
    out.append(("large", _random_calls(rng, 3000, "abcde", 12)))
    out.append(("large long words", _random_calls(rng, 300, "xyz", 200)))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]
