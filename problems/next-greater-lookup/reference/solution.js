/**
 * @param {number[]} queries
 * @param {number[]} nums
 * @return {number[]}
 */
var nextGreaterElement = function(queries, nums) {
    const answer = new Map();
    const waiting = [];
    for (const value of nums) {
        while (waiting.length && waiting[waiting.length - 1] < value) answer.set(waiting.pop(), value);
        waiting.push(value);
    }
    return queries.map((q) => (answer.has(q) ? answer.get(q) : -1));
};
