class Solution {
public:
    ListNode* removeNthFromEnd(ListNode* head, int n) {
        ListNode placeholder(0, head);
        ListNode* lead = &placeholder;
        ListNode* trail = &placeholder;
        for (int i = 0; i < n; ++i) lead = lead->next;
        while (lead->next != nullptr) {
            lead = lead->next;
            trail = trail->next;
        }
        trail->next = trail->next->next;
        return placeholder.next;
    }
};
