from __future__ import annotations


def max_path_sum(root: TreeNode | None) -> int:
    # For every node, recompute the best downward run of each child from scratch.
    def down(node: TreeNode | None) -> int:
        if node is None:
            return 0
        best, stack = node.val, [(node, node.val)]
        while stack:
            n, total = stack.pop()
            best = max(best, total)
            for c in (n.left, n.right):
                if c is not None:
                    stack.append((c, total + c.val))
        return best

    best = root.val
    stack = [root]
    while stack:
        node = stack.pop()
        best = max(best, node.val + max(0, down(node.left)) + max(0, down(node.right)))
        for c in (node.left, node.right):
            if c is not None:
                stack.append(c)
    return best
