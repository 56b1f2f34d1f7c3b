/**
 * @param {number[]} candidates
 * @param {number} target
 * @return {number[][]}
 */
var combinationSum = function(candidates, target) {
    const values = [...candidates].sort((a, b) => a - b);
    const ways = [], picks = [];
    const walk = (start, remaining) => {
        if (remaining === 0) { ways.push([...picks]); return; }
        for (let j = start; j < values.length && values[j] <= remaining; j++) {
            picks.push(values[j]);
            walk(j, remaining - values[j]);
            picks.pop();
        }
    };
    walk(0, target);
    return ways;
};
