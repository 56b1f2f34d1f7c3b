from __future__ import annotations


def is_balanced(root: TreeNode | None) -> bool:
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
        left = height[id(node.left)] if node.left is not None else 0
        right = height[id(node.right)] if node.right is not None else 0
        if abs(left - right) > 1:
            return False
        height[id(node)] = 1 + max(left, right)
    return True
