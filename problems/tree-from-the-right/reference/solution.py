from __future__ import annotations

from collections import deque


def right_side_view(root: TreeNode | None) -> list[int]:
    out: list[int] = []
    queue = deque([root] if root is not None else [])
    while queue:
        for i in range(len(queue)):
            node = queue.popleft()
            if node.left is not None:
                queue.append(node.left)
            if node.right is not None:
                queue.append(node.right)
        out.append(node.val)
    return out
