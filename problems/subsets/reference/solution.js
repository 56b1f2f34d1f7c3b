/**
 * @param {number[]} nums
 * @return {number[][]}
 */
var subsets = function(nums) {
    const values = [...nums].sort((a, b) => a - b);
    const result = [], chosen = [];
    const walk = start => {
        result.push([...chosen]);
        for (let j = start; j < values.length; j++) {
            chosen.push(values[j]);
            walk(j + 1);
            chosen.pop();
        }
    };
    walk(0);
    return result;
};
