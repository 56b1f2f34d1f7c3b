/**
 * @param {number[]} temperatures
 * @return {number[]}
 */
var dailyTemperatures = function(temperatures) {
    const waits = new Array(temperatures.length).fill(0);
    const waiting = [];
    for (let i = 0; i < temperatures.length; i++) {
        while (waiting.length && temperatures[waiting[waiting.length - 1]] < temperatures[i]) {
            const day = waiting.pop();
            waits[day] = i - day;
        }
        waiting.push(i);
    }
    return waits;
};
