from __future__ import annotations


def reverse_k_group(head: ListNode | None, k: int) -> ListNode | None:
    placeholder = ListNode(0, head)
    before_block = placeholder
    while True:
        last = before_block
        for _ in range(k):
            last = last.next
            if last is None:
                return placeholder.next
        after = last.next
        first = before_block.next
        prev, node = after, first
        while node is not after:
            node.next, prev, node = prev, node, node.next
        before_block.next = last
        before_block = first
