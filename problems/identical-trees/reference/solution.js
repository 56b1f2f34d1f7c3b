/**
 * @param {TreeNode} p
 * @param {TreeNode} q
 * @return {boolean}
 */
var isSameTree = function(p, q) {
    const stack = [[p, q]];
    while (stack.length) {
        const [a, b] = stack.pop();
        if (!a && !b) continue;
        if (!a || !b || a.val !== b.val) return false;
        stack.push([a.left, b.left], [a.right, b.right]);
    }
    return true;
};
