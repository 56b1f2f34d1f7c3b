from __future__ import annotations


def is_palindrome(head: ListNode | None) -> bool:
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next
    prev = None
    while slow is not None:
        slow.next, prev, slow = prev, slow, slow.next
    left, right = head, prev
    while right is not None:
        if left.val != right.val:
            return False
        left, right = left.next, right.next
    return True
