class Solution {
public:
    bool isValidBst(TreeNode* root) {
        vector<tuple<TreeNode*, long long, long long>> stack{{root, LLONG_MIN, LLONG_MAX}};
        while (!stack.empty()) {
            auto [node, low, high] = stack.back();
            stack.pop_back();
            if (node == nullptr) continue;
            if (node->val <= low || node->val >= high) return false;
            stack.push_back({node->left, low, node->val});
            stack.push_back({node->right, node->val, high});
        }
        return true;
    }
};
