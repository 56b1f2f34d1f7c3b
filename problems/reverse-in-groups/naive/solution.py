from __future__ import annotations


def reverse_k_group(head: ListNode | None, k: int) -> ListNode | None:
    # Swap values pairwise inside each block, walking from the block start every time:
    # O(n * k).
    def nth(node: ListNode, steps: int) -> ListNode:
        for _ in range(steps):
            node = node.next
        return node

    length = 0
    node = head
    while node is not None:
        length += 1
        node = node.next
    for start in range(0, length - length % k, k):
        block = nth(head, start)
        for i in range(k // 2):
            a, b = nth(block, i), nth(block, k - 1 - i)
            a.val, b.val = b.val, a.val
    return head
