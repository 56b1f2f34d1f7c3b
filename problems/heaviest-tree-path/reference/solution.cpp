class Solution {
public:
    int maxPathSum(TreeNode* root) {
        int best = INT_MIN;
        unordered_map<TreeNode*, int> gain;
        vector<pair<TreeNode*, bool>> stack{{root, false}};
        while (!stack.empty()) {
            auto [node, done] = stack.back();
            stack.pop_back();
            if (!done) {
                stack.push_back({node, true});
                if (node->left != nullptr) stack.push_back({node->left, false});
                if (node->right != nullptr) stack.push_back({node->right, false});
                continue;
            }
            int left = node->left != nullptr ? max(0, gain[node->left]) : 0;
            int right = node->right != nullptr ? max(0, gain[node->right]) : 0;
            best = max(best, node->val + left + right);
            gain[node] = node->val + max(left, right);
        }
        return best;
    }
};
