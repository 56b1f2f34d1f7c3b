from __future__ import annotations


def reverse_list(head: ListNode | None) -> ListNode | None:
    prev = None
    node = head
    while node is not None:
        following = node.next
        node.next = prev
        prev = node
        node = following
    return prev
