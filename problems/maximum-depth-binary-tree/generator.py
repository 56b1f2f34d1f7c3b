"""Hidden tests for maximum-depth-binary-tree (trees in LeetCode level order)."""

import random

from interview_kernel.bank import gen
from interview_kernel.bank.gen import level_order

SEED = 2026


def random_tree(rng: random.Random, n: int, lo: int = -100, hi: int = 100) -> list | None:
    """The shared :func:`interview_kernel.bank.gen.random_tree` with this problem's values."""
    return gen.random_tree(rng, n, lo, hi)


def chain(rng: random.Random, n: int, side: int) -> list | None:
    """A path of n nodes going always left (side 1) or right (side 2), or zig-zag (0)."""
    root = node = [rng.randint(-100, 100), None, None]
    for i in range(n - 1):
        child = [rng.randint(-100, 100), None, None]
        node[side or 1 + i % 2] = child
        node = child
    return root


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("empty", {"root": []}),
        ("single node", {"root": [1]}),
        ("only left child", {"root": [1, 2]}),
        ("only right child", {"root": [1, None, 2]}),
        ("perfect tree", {"root": list(range(15))}),
        ("negatives and duplicates", {"root": [-1, -1, -1, None, -1]}),
        ("left chain", {"root": level_order(chain(rng, 40, 1))}),
        ("right chain", {"root": level_order(chain(rng, 40, 2))}),
        ("zig-zag", {"root": level_order(chain(rng, 30, 0))}),
    ]
    for _ in range(10):
        out.append(("random", {"root": level_order(random_tree(rng, rng.randint(2, 60)))}))
    out.append(("large random", {"root": level_order(random_tree(rng, 5_000))}))
    out.append(("deep chain", {"root": level_order(chain(rng, 900, 2))}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """A random tree of n nodes, for the complexity probe."""
    return {"root": level_order(random_tree(rng, max(1, n)))}
