class Solution {
    public ListNode reverseKGroup(ListNode head, int k) {
        ListNode placeholder = new ListNode(0, head);
        ListNode beforeBlock = placeholder;
        while (true) {
            ListNode last = beforeBlock;
            for (int i = 0; i < k; i++) {
                last = last.next;
                if (last == null) return placeholder.next;
            }
            ListNode after = last.next;
            ListNode first = beforeBlock.next;
            ListNode prev = after, node = first;
            while (node != after) {
                ListNode next = node.next;
                node.next = prev;
                prev = node;
                node = next;
            }
            beforeBlock.next = last;
            beforeBlock = first;
        }
    }
}
