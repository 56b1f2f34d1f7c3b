import java.util.*;

class Solution {
    public int signalTime(int n, int[][] links, int source) {
        List<List<int[]>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(new ArrayList<>());
        for (int[] l : links) out.get(l[0]).add(new int[] {l[1], l[2]});
        int[] best = new int[n];
        Arrays.fill(best, -1);
        PriorityQueue<int[]> heap = new PriorityQueue<>((a, b) -> Integer.compare(a[0], b[0]));
        heap.add(new int[] {0, source});
        int settled = 0, latest = 0;
        while (!heap.isEmpty()) {
            int[] top = heap.poll();
            int when = top[0], relay = top[1];
            if (best[relay] != -1) continue;
            best[relay] = when;
            settled++;
            latest = when;
            for (int[] e : out.get(relay))
                if (best[e[0]] == -1) heap.add(new int[] {when + e[1], e[0]});
        }
        return settled == n ? latest : -1;
    }
}
