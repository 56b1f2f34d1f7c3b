import java.util.*;

class Solution {
    public int maxPathSum(TreeNode root) {
        int best = Integer.MIN_VALUE;
        Map<TreeNode, Integer> gain = new HashMap<>();
        ArrayDeque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {root, false});
        while (!stack.isEmpty()) {
            Object[] top = stack.pop();
            TreeNode node = (TreeNode) top[0];
            if (!(Boolean) top[1]) {
                stack.push(new Object[] {node, true});
                if (node.left != null) stack.push(new Object[] {node.left, false});
                if (node.right != null) stack.push(new Object[] {node.right, false});
                continue;
            }
            int left = node.left != null ? Math.max(0, gain.get(node.left)) : 0;
            int right = node.right != null ? Math.max(0, gain.get(node.right)) : 0;
            best = Math.max(best, node.val + left + right);
            gain.put(node, node.val + Math.max(left, right));
        }
        return best;
    }
}
