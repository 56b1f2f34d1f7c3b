class Solution {
    public ListNode removeNthFromEnd(ListNode head, int n) {
        ListNode placeholder = new ListNode(0, head);
        ListNode lead = placeholder, trail = placeholder;
        for (int i = 0; i < n; i++) lead = lead.next;
        while (lead.next != null) {
            lead = lead.next;
            trail = trail.next;
        }
        trail.next = trail.next.next;
        return placeholder.next;
    }
}
