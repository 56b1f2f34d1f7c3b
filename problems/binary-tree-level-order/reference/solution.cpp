class Solution {
public:
    vector<vector<int>> levelOrder(TreeNode* root) {
        vector<vector<int>> floors;
        queue<TreeNode*> q;
        if (root != nullptr) q.push(root);
        while (!q.empty()) {
            vector<int> floor;
            for (int i = (int) q.size(); i > 0; --i) {
                TreeNode* node = q.front();
                q.pop();
                floor.push_back(node->val);
                if (node->left) q.push(node->left);
                if (node->right) q.push(node->right);
            }
            floors.push_back(floor);
        }
        return floors;
    }
};
