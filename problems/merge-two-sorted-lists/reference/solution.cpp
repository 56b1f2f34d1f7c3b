class Solution {
public:
    ListNode* mergeTwoLists(ListNode* list1, ListNode* list2) {
        ListNode placeholder(0);
        ListNode* tail = &placeholder;
        while (list1 != nullptr && list2 != nullptr) {
            if (list1->val <= list2->val) { tail->next = list1; list1 = list1->next; }
            else { tail->next = list2; list2 = list2->next; }
            tail = tail->next;
        }
        tail->next = list1 != nullptr ? list1 : list2;
        return placeholder.next;
    }
};
