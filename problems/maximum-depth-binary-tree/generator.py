"""Hidden tests for maximum-depth-binary-tree (trees in LeetCode level order)."""

import random
from collections import deque

SEED = 2026


def level_order(tree: list | None) -> list:
    """Serialise a nested [val, left, right] tree in level order with trailing nulls cut."""
    out: list = []
    queue = deque([tree])
    while queue:
        node = queue.popleft()
        if node is None:
            out.append(None)
            continue
        out.append(node[0])
        queue.append(node[1])
        queue.append(node[2])
    while out and out[-1] is None:
        out.pop()
    return out


def random_tree(rng: random.Random, n: int, lo: int = -100, hi: int = 100) -> list | None:
    """A random binary tree with n nodes (insertion at random free child slots)."""
    if n == 0:
        return None
    root = [rng.randint(lo, hi), None, None]
    slots = [(root, 1), (root, 2)]
    for _ in range(n - 1):
        parent, side = slots.pop(rng.randrange(len(slots)))
        child = [rng.randint(lo, hi), None, None]
        parent[side] = child
        slots += [(child, 1), (child, 2)]
    return root


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
