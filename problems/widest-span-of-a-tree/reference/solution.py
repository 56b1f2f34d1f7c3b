from __future__ import annotations


def diameter_of_binary_tree(root: TreeNode | None) -> int:
    best = 0
    height: dict[int, int] = {}
    stack = [(root, False)] if root is not None else []
    while stack:
        node, done = stack.pop()
        if not done:
            stack.append((node, True))
            for child in (node.left, node.right):
                if child is not None:
                    stack.append((child, False))
            continue
        left = height.get(id(node.left), 0) if node.left is not None else 0
        right = height.get(id(node.right), 0) if node.right is not None else 0
        best = max(best, left + right)
        height[id(node)] = 1 + max(left, right)
    return best
