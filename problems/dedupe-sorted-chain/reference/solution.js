/**
 * @param {ListNode} head
 * @return {ListNode}
 */
var deleteDuplicates = function(head) {
    let node = head;
    while (node !== null && node.next !== null) {
        if (node.next.val === node.val) node.next = node.next.next;
        else node = node.next;
    }
    return head;
};
