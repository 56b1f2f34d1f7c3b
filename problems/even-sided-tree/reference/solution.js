/**
 * @param {TreeNode} root
 * @return {boolean}
 */
var isBalanced = function(root) {
    const height = new Map();
    const stack = root ? [[root, false]] : [];
    while (stack.length) {
        const [node, done] = stack.pop();
        if (!done) {
            stack.push([node, true]);
            if (node.left) stack.push([node.left, false]);
            if (node.right) stack.push([node.right, false]);
            continue;
        }
        const left = node.left ? height.get(node.left) : 0;
        const right = node.right ? height.get(node.right) : 0;
        if (Math.abs(left - right) > 1) return false;
        height.set(node, 1 + Math.max(left, right));
    }
    return true;
};
