"""Helpers for problem authors' ``generator.py`` files: random trees and their encodings.

Generators run on the trusted side (loading a problem, the complexity probe,
``interview problems validate``) and may import this module; a problem pack that
uses it needs this package, as every problem does. Trees are nested
``[value, left, right]`` lists while they are built and LeetCode's level-order
lists (``[1, None, 2]``) once encoded.
"""

from __future__ import annotations

import random
from collections import deque
from typing import Any

Tree = list[Any] | None
"""A nested ``[value, left, right]`` tree, or ``None`` for the empty tree."""


def level_order(tree: Tree) -> list[Any]:
    """Serialise a nested ``[val, left, right]`` tree in level order with trailing nulls cut."""
    out: list[Any] = []
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


def random_tree(rng: random.Random, n: int, lo: int = -1000, hi: int = 1000) -> Tree:
    """A random binary tree with ``n`` nodes (insertion at random free child slots)."""
    if n == 0:
        return None
    root: list[Any] = [rng.randint(lo, hi), None, None]
    slots = [(root, 1), (root, 2)]
    for _ in range(n - 1):
        parent, side = slots.pop(rng.randrange(len(slots)))
        child: list[Any] = [rng.randint(lo, hi), None, None]
        parent[side] = child
        slots += [(child, 1), (child, 2)]
    return root


def path_tree(rng: random.Random, n: int, lo: int = -1000, hi: int = 1000, side: int = 0) -> Tree:
    """A chain-shaped tree of ``n`` nodes: side 1 all left, 2 all right, 0 a random zigzag."""
    root: list[Any] | None = None
    tail: list[Any] = []
    for _ in range(n):
        node: list[Any] = [rng.randint(lo, hi), None, None]
        if root is None:
            root = tail = node
        else:
            tail[side or rng.choice([1, 2])] = node
            tail = node
    return root
