/**
 * @param {number[]} carts
 * @return {number[]}
 */
var asteroidCollision = function(carts) {
    const stack = [];
    for (const cart of carts) {
        let alive = true;
        while (alive && cart < 0 && stack.length && stack[stack.length - 1] > 0) {
            const top = stack[stack.length - 1];
            if (top < -cart) { stack.pop(); continue; }
            if (top === -cart) stack.pop();
            alive = false;
        }
        if (alive) stack.push(cart);
    }
    return stack;
};
