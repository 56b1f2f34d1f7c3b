import java.util.*;

class Solution {
    public int[] nextGreaterElement(int[] queries, int[] nums) {
        Map<Integer, Integer> answer = new HashMap<>();
        ArrayDeque<Integer> waiting = new ArrayDeque<>();
        for (int value : nums) {
            while (!waiting.isEmpty() && waiting.peek() < value) answer.put(waiting.pop(), value);
            waiting.push(value);
        }
        int[] out = new int[queries.length];
        for (int i = 0; i < queries.length; i++) out[i] = answer.getOrDefault(queries[i], -1);
        return out;
    }
}
