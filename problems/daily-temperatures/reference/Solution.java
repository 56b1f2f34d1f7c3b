class Solution {
    public int[] dailyTemperatures(int[] temperatures) {
        int n = temperatures.length;
        int[] waits = new int[n];
        int[] waiting = new int[n];
        int top = 0;
        for (int i = 0; i < n; i++) {
            while (top > 0 && temperatures[waiting[top - 1]] < temperatures[i]) {
                int day = waiting[--top];
                waits[day] = i - day;
            }
            waiting[top++] = i;
        }
        return waits;
    }
}
