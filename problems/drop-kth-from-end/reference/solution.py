from __future__ import annotations


def remove_nth_from_end(head: ListNode | None, n: int) -> ListNode | None:
    placeholder = ListNode(0, head)
    lead = trail = placeholder
    for _ in range(n):
        lead = lead.next
    while lead.next is not None:
        lead = lead.next
        trail = trail.next
    trail.next = trail.next.next
    return placeholder.next
