"""Hidden tests for type-ahead-suggestions."""

import random

SEED = 2026


def word(rng: random.Random, n: int, letters: str = "abc") -> str:
    return "".join(rng.choice(letters) for _ in range(n))


def catalogue(rng: random.Random, n: int, letters: str = "abc", longest: int = 6) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(word(rng, rng.randint(1, longest), letters))
    items = sorted(out)
    rng.shuffle(items)
    return items


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single product matching", {"products": ["pen"], "search_word": "pen"}),
        ("single product not matching", {"products": ["pen"], "search_word": "cap"}),
        ("search word longer than products", {"products": ["a", "ab"], "search_word": "abcd"}),
        ("fewer than three", {"products": ["bag", "bat"], "search_word": "ba"}),
        ("exactly three", {"products": ["cab", "cat", "car"], "search_word": "ca"}),
        ("more than three", {"products": ["mouse", "mug", "mat", "map", "mop", "mud"], "search_word": "mu"}),
        ("prefix word comes first", {"products": ["tea", "te", "teapot", "team"], "search_word": "tea"}),
        ("mismatch after a match", {"products": ["kite", "kit", "kin"], "search_word": "kix"}),
        ("first letter mismatch", {"products": ["zoo", "zebra"], "search_word": "ab"}),
        ("products given unsorted", {"products": ["d", "c", "b", "a", "ab", "aa"], "search_word": "a"}),
        ("single letters", {"products": ["x", "y", "z"], "search_word": "y"}),
    ]
    for _ in range(9):
        prods = catalogue(rng, rng.randint(1, 25))
        target = rng.choice(prods) + word(rng, rng.randint(0, 2)) if rng.random() < 0.7 else word(rng, rng.randint(1, 6))
        out.append(("random", {"products": prods, "search_word": target}))
    prods = catalogue(rng, 1000, "abcdef", 20)
    out.append(("large", {"products": prods, "search_word": max(prods, key=len)}))
    out.append(("large long search word", {"products": catalogue(rng, 300, "ab", 12), "search_word": "ab" * 500}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n short products and a search word of n letters that stops matching after its
    first letter: rescanning every product per keystroke is quadratic, while the
    output stays small."""
    n = max(2, n)
    products = catalogue(rng, n, "abcdefgh", 8)
    return {"products": products, "search_word": "a" + "z" * n}
