class Solution {
    public boolean isValidBst(TreeNode root) {
        return within(root, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    private boolean within(TreeNode node, long low, long high) {
        if (node == null) return true;
        if (node.val <= low || node.val >= high) return false;
        return within(node.left, low, node.val) && within(node.right, node.val, high);
    }
}
