from __future__ import annotations


def reorder_list(head: ListNode | None) -> ListNode | None:
    # Repeatedly walk to the current tail and move it behind the current node: quadratic.
    node = head
    while node is not None and node.next is not None and node.next.next is not None:
        before = node
        while before.next.next is not None:
            before = before.next
        tail = before.next
        before.next = None
        tail.next = node.next
        node.next = tail
        node = tail.next
    return head
