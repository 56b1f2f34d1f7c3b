/**
 * @param {string[]} tokens
 * @return {number}
 */
var evalRpn = function(tokens) {
    const stack = [];
    for (const token of tokens) {
        if (token === '+' || token === '-' || token === '*' || token === '/') {
            const b = stack.pop();
            const a = stack.pop();
            if (token === '+') stack.push(a + b);
            else if (token === '-') stack.push(a - b);
            else if (token === '*') stack.push(a * b);
            else stack.push(Math.trunc(a / b) + 0);
        } else {
            stack.push(parseInt(token, 10));
        }
    }
    return stack[stack.length - 1];
};
