import java.util.*;

class Solution {
    public int[] cutoffScores(int k, int[] scores, int[] arrivals) {
        PriorityQueue<Integer> top = new PriorityQueue<>();
        for (int s : scores) {
            top.add(s);
            if (top.size() > k) top.poll();
        }
        int[] out = new int[arrivals.length];
        for (int i = 0; i < arrivals.length; i++) {
            top.add(arrivals[i]);
            if (top.size() > k) top.poll();
            out[i] = top.peek();
        }
        return out;
    }
}
