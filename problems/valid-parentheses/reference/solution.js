/**
 * @param {string} s
 * @return {boolean}
 */
var isValid = function(s) {
    const partner = { ')': '(', ']': '[', '}': '{' };
    const stack = [];
    for (const ch of s) {
        if (ch in partner) {
            if (stack.length === 0 || stack[stack.length - 1] !== partner[ch]) return false;
            stack.pop();
        } else {
            stack.push(ch);
        }
    }
    return stack.length === 0;
};
