/**
 * @param {ListNode} head
 * @param {number} n
 * @return {ListNode}
 */
var removeNthFromEnd = function(head, n) {
    const placeholder = new ListNode(0, head);
    let lead = placeholder, trail = placeholder;
    for (let i = 0; i < n; i++) lead = lead.next;
    while (lead.next !== null) {
        lead = lead.next;
        trail = trail.next;
    }
    trail.next = trail.next.next;
    return placeholder.next;
};
