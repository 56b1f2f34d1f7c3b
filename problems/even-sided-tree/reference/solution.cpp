class Solution {
public:
    bool isBalanced(TreeNode* root) {
        unordered_map<TreeNode*, int> height;
        height[nullptr] = 0;
        vector<pair<TreeNode*, bool>> stack;
        if (root != nullptr) stack.push_back({root, false});
        while (!stack.empty()) {
            auto [node, done] = stack.back();
            stack.pop_back();
            if (!done) {
                stack.push_back({node, true});
                if (node->left != nullptr) stack.push_back({node->left, false});
                if (node->right != nullptr) stack.push_back({node->right, false});
                continue;
            }
            int left = height[node->left], right = height[node->right];
            if (abs(left - right) > 1) return false;
            height[node] = 1 + max(left, right);
        }
        return true;
    }
};
