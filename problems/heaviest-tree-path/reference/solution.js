/**
 * @param {TreeNode} root
 * @return {number}
 */
var maxPathSum = function(root) {
    let best = -Infinity;
    const gain = new Map();
    const stack = [[root, false]];
    while (stack.length) {
        const [node, done] = stack.pop();
        if (!done) {
            stack.push([node, true]);
            if (node.left) stack.push([node.left, false]);
            if (node.right) stack.push([node.right, false]);
            continue;
        }
        const left = node.left ? Math.max(0, gain.get(node.left)) : 0;
        const right = node.right ? Math.max(0, gain.get(node.right)) : 0;
        best = Math.max(best, node.val + left + right);
        gain.set(node, node.val + Math.max(left, right));
    }
    return best;
};
