/**
 * @param {string} expression
 * @return {number}
 */
var calculate = function(expression) {
    let total = 0, sign = 1, number = 0;
    const saved = [];
    for (const ch of expression) {
        if (ch >= '0' && ch <= '9') {
            number = number * 10 + (ch.charCodeAt(0) - 48);
        } else if (ch === '+' || ch === '-') {
            total += sign * number;
            number = 0;
            sign = ch === '+' ? 1 : -1;
        } else if (ch === '(') {
            saved.push([total, sign]);
            total = 0;
            sign = 1;
        } else if (ch === ')') {
            total += sign * number;
            number = 0;
            const [outerTotal, outerSign] = saved.pop();
            total = outerTotal + outerSign * total;
            sign = 1;
        }
    }
    return total + sign * number + 0;
};
