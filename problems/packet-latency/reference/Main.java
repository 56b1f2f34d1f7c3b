import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = (int) next(in), m = (int) next(in), s = (int) next(in);
        int[] head = new int[n + 1], nxt = new int[m], to = new int[m];
        long[] wt = new long[m];
        Arrays.fill(head, -1);
        for (int i = 0; i < m; i++) {
            int u = (int) next(in);
            to[i] = (int) next(in);
            wt[i] = next(in);
            nxt[i] = head[u];
            head[u] = i;
        }
        long[] dist = new long[n + 1];
        Arrays.fill(dist, Long.MAX_VALUE);
        dist[s] = 0;
        PriorityQueue<long[]> heap = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        heap.add(new long[] {0, s});
        while (!heap.isEmpty()) {
            long[] top = heap.poll();
            int u = (int) top[1];
            if (top[0] > dist[u]) continue;
            for (int e = head[u]; e != -1; e = nxt[e]) {
                long nd = top[0] + wt[e];
                if (nd < dist[to[e]]) {
                    dist[to[e]] = nd;
                    heap.add(new long[] {nd, to[e]});
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= n; i++) out.append(dist[i] == Long.MAX_VALUE ? -1 : dist[i]).append(i == n ? '\n' : ' ');
        System.out.print(out);
    }

    static long next(DataInputStream in) throws IOException {
        int c = in.read();
        while (c <= ' ') c = in.read();
        boolean neg = c == '-';
        if (neg) c = in.read();
        long x = 0;
        while (c >= '0' && c <= '9') {
            x = x * 10 + (c - '0');
            c = in.read();
        }
        return neg ? -x : x;
    }
}
