class Solution {
    public int canCompleteCircuit(int[] gas, int[] cost) {
        long balance = 0, tank = 0;
        int start = 0;
        for (int i = 0; i < gas.length; i++) {
            balance += gas[i] - cost[i];
            tank += gas[i] - cost[i];
            if (tank < 0) { start = i + 1; tank = 0; }
        }
        return balance >= 0 ? start : -1;
    }
}
