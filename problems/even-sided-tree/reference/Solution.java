import java.util.*;

class Solution {
    public boolean isBalanced(TreeNode root) {
        Map<TreeNode, Integer> height = new HashMap<>();
        ArrayDeque<Object[]> stack = new ArrayDeque<>();
        if (root != null) stack.push(new Object[] {root, false});
        while (!stack.isEmpty()) {
            Object[] top = stack.pop();
            TreeNode node = (TreeNode) top[0];
            if (!(Boolean) top[1]) {
                stack.push(new Object[] {node, true});
                if (node.left != null) stack.push(new Object[] {node.left, false});
                if (node.right != null) stack.push(new Object[] {node.right, false});
                continue;
            }
            int left = node.left != null ? height.get(node.left) : 0;
            int right = node.right != null ? height.get(node.right) : 0;
            if (Math.abs(left - right) > 1) return false;
            height.put(node, 1 + Math.max(left, right));
        }
        return true;
    }
}
