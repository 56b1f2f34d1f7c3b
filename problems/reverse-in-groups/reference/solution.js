/**
 * @param {ListNode} head
 * @param {number} k
 * @return {ListNode}
 */
var reverseKGroup = function(head, k) {
    const placeholder = new ListNode(0, head);
    let beforeBlock = placeholder;
    for (;;) {
        let last = beforeBlock;
        for (let i = 0; i < k; i++) {
            last = last.next;
            if (last === null) return placeholder.next;
        }
        const after = last.next;
        const first = beforeBlock.next;
        let prev = after, node = first;
        while (node !== after) {
            const next = node.next;
            node.next = prev;
            prev = node;
            node = next;
        }
        beforeBlock.next = last;
        beforeBlock = first;
    }
};
