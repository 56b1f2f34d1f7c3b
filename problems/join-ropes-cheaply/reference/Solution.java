import java.util.*;

class Solution {
    public int connectSticks(int[] ropes) {
        PriorityQueue<Long> heap = new PriorityQueue<>();
        for (int r : ropes) heap.add((long) r);
        long cost = 0;
        while (heap.size() > 1) {
            long joined = heap.poll() + heap.poll();
            cost += joined;
            heap.add(joined);
        }
        return (int) cost;
    }
}
