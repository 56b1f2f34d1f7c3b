from __future__ import annotations

from collections import deque


def level_order(root: TreeNode | None) -> list[list[int]]:
    floors: list[list[int]] = []
    queue = deque([root] if root is not None else [])
    while queue:
        floor = []
        for _ in range(len(queue)):
            node = queue.popleft()
            floor.append(node.val)
            if node.left is not None:
                queue.append(node.left)
            if node.right is not None:
                queue.append(node.right)
        floors.append(floor)
    return floors
