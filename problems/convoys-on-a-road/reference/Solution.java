import java.util.*;

class Solution {
    public int carFleet(int target, int[] position, int[] speed) {
        int n = position.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> position[b] - position[a]);
        long[] dist = new long[n], pace = new long[n];
        int top = 0;
        for (int i : order) {
            long d = target - position[i], p = speed[i];
            if (top == 0 || d * pace[top - 1] > dist[top - 1] * p) {
                dist[top] = d;
                pace[top] = p;
                top++;
            }
        }
        return top;
    }
}
