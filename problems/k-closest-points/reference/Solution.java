import java.util.*;

class Solution {
    private static int compare(int[] a, int[] b) {
        long da = (long) a[0] * a[0] + (long) a[1] * a[1], db = (long) b[0] * b[0] + (long) b[1] * b[1];
        if (da != db) return Long.compare(da, db);
        if (a[0] != b[0]) return Integer.compare(a[0], b[0]);
        return Integer.compare(a[1], b[1]);
    }

    public int[][] kClosest(int[][] points, int k) {
        // Head of the queue is the worst of the k kept points.
        PriorityQueue<int[]> heap = new PriorityQueue<>((a, b) -> compare(b, a));
        for (int[] p : points) {
            if (heap.size() < k) heap.add(p);
            else if (compare(p, heap.peek()) < 0) { heap.poll(); heap.add(p); }
        }
        int[][] out = new int[heap.size()][];
        for (int i = out.length - 1; i >= 0; i--) {
            int[] p = heap.poll();
            out[i] = new int[] {p[0], p[1]};
        }
        return out;
    }
}
