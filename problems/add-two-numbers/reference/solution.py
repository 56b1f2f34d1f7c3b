from __future__ import annotations


def add_two_numbers(l1: ListNode | None, l2: ListNode | None) -> ListNode | None:
    placeholder = ListNode(0)
    tail = placeholder
    carry = 0
    while l1 is not None or l2 is not None or carry:
        total = carry
        if l1 is not None:
            total += l1.val
            l1 = l1.next
        if l2 is not None:
            total += l2.val
            l2 = l2.next
        carry, digit = divmod(total, 10)
        tail.next = ListNode(digit)
        tail = tail.next
    return placeholder.next
