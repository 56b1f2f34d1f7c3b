class Solution {
public:
    ListNode* reverseList(ListNode* head) {
        ListNode* prev = nullptr;
        ListNode* node = head;
        while (node != nullptr) {
            ListNode* following = node->next;
            node->next = prev;
            prev = node;
            node = following;
        }
        return prev;
    }
};
