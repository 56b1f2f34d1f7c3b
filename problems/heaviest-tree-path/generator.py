"""Hidden tests for heaviest-tree-path (trees in LeetCode level order)."""

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


def random_tree(rng: random.Random, n: int, lo: int = -1000, hi: int = 1000) -> list | None:
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


def path_tree(rng: random.Random, n: int, lo: int = -1000, hi: int = 1000, side: int = 0) -> list | None:
    """A chain-shaped tree of n nodes: side 1 all left, 2 all right, 0 random zigzag."""
    root = None
    for _ in range(n):
        node = [rng.randint(lo, hi), None, None]
        if root is None:
            root = tail = node
        else:
            tail[side or rng.choice([1, 2])] = node
            tail = node
    return root


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single positive", {"root": [7]}),
        ("single negative", {"root": [-7]}),
        ("all negative", {"root": [-3, -1, -2]}),
        ("negative root positive children", {"root": [-10, 9, 8]}),
        ("skip a negative child", {"root": [5, -100, 4]}),
        ("best path below the root", {"root": [-50, 10, -60, 20, 30]}),
        ("bend at the root", {"root": [1, 2, 3]}),
        ("zeros", {"root": [0, 0, 0]}),
        ("extremes", {"root": [1000, -1000, 1000, 1000, None, None, -1000]}),
        ("positive chain", {"root": level_order(path_tree(rng, 15, 1, 50))}),
        ("negative chain", {"root": level_order(path_tree(rng, 15, -50, -1))}),
    ]
    for _ in range(9):
        out.append(("random", {"root": level_order(random_tree(rng, rng.randint(2, 40), -20, 20))}))
    out.append(("large random", {"root": level_order(random_tree(rng, 4_000))}))
    out.append(("large deep chain", {"root": level_order(path_tree(rng, 3_000))}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """A zigzag chain of n nodes (the deepest shape), for the complexity probe."""
    return {"root": level_order(path_tree(rng, max(1, n)))}
