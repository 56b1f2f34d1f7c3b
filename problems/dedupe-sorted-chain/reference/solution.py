from __future__ import annotations


def delete_duplicates(head: ListNode | None) -> ListNode | None:
    node = head
    while node is not None and node.next is not None:
        if node.next.val == node.val:
            node.next = node.next.next
        else:
            node = node.next
    return head
