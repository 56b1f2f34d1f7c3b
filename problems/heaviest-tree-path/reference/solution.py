from __future__ import annotations


def max_path_sum(root: TreeNode | None) -> int:
    best = float("-inf")
    gain: dict[int, int] = {}
    stack = [(root, False)]
    while stack:
        node, done = stack.pop()
        if not done:
            stack.append((node, True))
            for child in (node.left, node.right):
                if child is not None:
                    stack.append((child, False))
            continue
        left = max(0, gain[id(node.left)]) if node.left is not None else 0
        right = max(0, gain[id(node.right)]) if node.right is not None else 0
        best = max(best, node.val + left + right)
        gain[id(node)] = node.val + max(left, right)
    return int(best)
