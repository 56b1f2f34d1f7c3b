/**
 * @param {number[]} gas
 * @param {number[]} cost
 * @return {number}
 */
var canCompleteCircuit = function(gas, cost) {
    let balance = 0, tank = 0, start = 0;
    for (let i = 0; i < gas.length; i++) {
        balance += gas[i] - cost[i];
        tank += gas[i] - cost[i];
        if (tank < 0) { start = i + 1; tank = 0; }
    }
    return balance >= 0 ? start : -1;
};
