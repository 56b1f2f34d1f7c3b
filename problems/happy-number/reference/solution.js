/**
 * @param {number} n
 * @return {boolean}
 */
var isHappy = function(n) {
    const step = x => {
        let total = 0;
        while (x > 0) {
            const digit = x % 10;
            total += digit * digit;
            x = Math.floor(x / 10);
        }
        return total;
    };
    let slow = n, fast = step(n);
    while (slow !== fast) {
        slow = step(slow);
        fast = step(step(fast));
    }
    return slow === 1;
};
