import java.util.*;

class Solution {
    public double[] runningMedians(int[] stream) {
        PriorityQueue<Integer> low = new PriorityQueue<>(Collections.reverseOrder());
        PriorityQueue<Integer> high = new PriorityQueue<>();
        double[] out = new double[stream.length];
        for (int i = 0; i < stream.length; i++) {
            low.add(stream[i]);
            high.add(low.poll());
            if (high.size() > low.size()) low.add(high.poll());
            out[i] = low.size() > high.size() ? low.peek() : ((double) low.peek() + high.peek()) / 2.0;
        }
        return out;
    }
}
