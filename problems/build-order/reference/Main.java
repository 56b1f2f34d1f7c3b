import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        String[] tok = new String(System.in.readAllBytes(), StandardCharsets.UTF_8).trim().split("\\s+");
        int n = Integer.parseInt(tok[0]), m = Integer.parseInt(tok[1]);
        String[] names = new String[n];
        HashMap<String, Integer> id = new HashMap<>();
        for (int i = 0; i < n; i++) {
            names[i] = tok[2 + i];
            id.put(names[i], i);
        }
        int[] head = new int[n], nxt = new int[m], to = new int[m], waiting = new int[n];
        Arrays.fill(head, -1);
        for (int k = 0; k < m; k++) {
            int a = id.get(tok[2 + n + 2 * k]), b = id.get(tok[3 + n + 2 * k]);
            to[k] = b;
            nxt[k] = head[a];
            head[a] = k;
            waiting[b]++;
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>((x, y) -> names[x].compareTo(names[y]));
        for (int i = 0; i < n; i++) if (waiting[i] == 0) ready.add(i);
        StringBuilder out = new StringBuilder();
        int placed = 0;
        while (!ready.isEmpty()) {
            int t = ready.poll();
            if (placed++ > 0) out.append(' ');
            out.append(names[t]);
            for (int e = head[t]; e != -1; e = nxt[e]) if (--waiting[to[e]] == 0) ready.add(to[e]);
        }
        System.out.println(placed == n ? out.toString() : "IMPOSSIBLE");
    }
}
