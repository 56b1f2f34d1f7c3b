"""Hidden tests for even-sided-tree (trees in LeetCode level order)."""

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


def balanced(rng: random.Random, n: int) -> list | None:
    """A height-balanced tree with n nodes (split the count evenly, with some slack)."""
    if n == 0:
        return None
    rest = n - 1
    left = rest // 2 + (rng.randint(0, 1) if rest % 2 else 0)
    return [rng.randint(-100, 100), balanced(rng, left), balanced(rng, rest - left)]


def height(t: list | None) -> int:
    return 0 if t is None else 1 + max(height(t[1]), height(t[2]))


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("empty", {"root": []}),
        ("single node", {"root": [1]}),
        ("two nodes", {"root": [1, 2]}),
        ("three-node chain left", {"root": [1, 2, None, 3]}),
        ("three-node chain right", {"root": [1, None, 2, None, 3]}),
        ("full tree", {"root": [1, 2, 3, 4, 5, 6, 7]}),
        ("root balanced but a child is not", {"root": [1, 2, 3, 4, None, None, 5, 6, None, None, 7]}),
        ("heights differ by exactly one", {"root": [1, 2, 3, 4, 5, 6, None, 7]}),
        ("two long arms", {"root": level_order([0, path_tree(rng, 3, side=1), path_tree(rng, 3, side=2)])}),
        ("long chain", {"root": level_order(path_tree(rng, 20))}),
    ]
    for _ in range(5):
        out.append(("random balanced", {"root": level_order(balanced(rng, rng.randint(2, 40)))}))
    for _ in range(5):
        out.append(("random shape", {"root": level_order(random_tree(rng, rng.randint(2, 40)))}))
    out.append(("large balanced", {"root": level_order(balanced(rng, 4_000))}))
    big = balanced(rng, 4_000)
    node = big
    while node[1] is not None:
        node = node[1]
    node[1] = path_tree(rng, 3, side=1)
    out.append(("large with one deep leaf", {"root": level_order(big)}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """A balanced tree of n nodes, for the complexity probe."""
    return {"root": level_order(balanced(rng, max(1, n)))}
