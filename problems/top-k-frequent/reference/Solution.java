import java.util.*;

class Solution {
    public int[] topKFrequent(int[] nums, int k) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int x : nums) counts.merge(x, 1, Integer::sum);
        // Head of the queue is the weakest kept value: lowest count, then largest value.
        PriorityQueue<Integer> heap = new PriorityQueue<>((a, b) -> {
            int ca = counts.get(a), cb = counts.get(b);
            return ca != cb ? Integer.compare(ca, cb) : Integer.compare(b, a);
        });
        for (int value : counts.keySet()) {
            heap.add(value);
            if (heap.size() > k) heap.poll();
        }
        int[] out = new int[heap.size()];
        for (int i = out.length - 1; i >= 0; i--) out[i] = heap.poll();
        return out;
    }
}
