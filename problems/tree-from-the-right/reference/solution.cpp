class Solution {
public:
    vector<int> rightSideView(TreeNode* root) {
        vector<int> out;
        vector<TreeNode*> level;
        if (root != nullptr) level.push_back(root);
        while (!level.empty()) {
            out.push_back(level.back()->val);
            vector<TreeNode*> next;
            for (TreeNode* node : level) {
                if (node->left != nullptr) next.push_back(node->left);
                if (node->right != nullptr) next.push_back(node->right);
            }
            level.swap(next);
        }
        return out;
    }
};
