class Solution {
    public ListNode reverseList(ListNode head) {
        ListNode prev = null, node = head;
        while (node != null) {
            ListNode following = node.next;
            node.next = prev;
            prev = node;
            node = following;
        }
        return prev;
    }
}
