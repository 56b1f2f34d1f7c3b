import java.util.*;

class Solution {
    public int[] tightestShift(int[][] shifts, int[] moments) {
        int[][] ordered = shifts.clone();
        Arrays.sort(ordered, (a, b) -> Integer.compare(a[0], b[0]));
        Integer[] order = new Integer[moments.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Integer.compare(moments[a], moments[b]));
        int[] answers = new int[moments.length];
        Arrays.fill(answers, -1);
        PriorityQueue<int[]> heap = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        int k = 0;
        for (int idx : order) {
            int t = moments[idx];
            while (k < ordered.length && ordered[k][0] <= t) {
                heap.add(new int[] {ordered[k][1] - ordered[k][0] + 1, ordered[k][1]});
                k++;
            }
            while (!heap.isEmpty() && heap.peek()[1] < t) heap.poll();
            if (!heap.isEmpty()) answers[idx] = heap.peek()[0];
        }
        return answers;
    }
}
