/**
 * @param {ListNode} head
 * @return {ListNode}
 */
var reorderList = function(head) {
    if (head === null || head.next === null) return head;
    let slow = head, fast = head;
    while (fast.next !== null && fast.next.next !== null) {
        slow = slow.next;
        fast = fast.next.next;
    }
    let second = slow.next;
    slow.next = null;
    let prev = null;
    while (second !== null) {
        const next = second.next;
        second.next = prev;
        prev = second;
        second = next;
    }
    let first = head;
    second = prev;
    while (second !== null) {
        const firstNext = first.next, secondNext = second.next;
        first.next = second;
        second.next = firstNext;
        first = firstNext;
        second = secondNext;
    }
    return head;
};
