from __future__ import annotations


def diameter_of_binary_tree(root: TreeNode | None) -> int:
    # Recompute both subtree heights from scratch at every node: quadratic on a chain.
    def height(node: TreeNode | None) -> int:
        best, stack = 0, [(node, 1)] if node is not None else []
        while stack:
            n, d = stack.pop()
            best = max(best, d)
            for c in (n.left, n.right):
                if c is not None:
                    stack.append((c, d + 1))
        return best

    best = 0
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        best = max(best, height(node.left) + height(node.right))
        for c in (node.left, node.right):
            if c is not None:
                stack.append(c)
    return best
