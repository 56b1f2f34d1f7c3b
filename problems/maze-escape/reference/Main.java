import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        String[] tok = new String(System.in.readAllBytes(), StandardCharsets.UTF_8).trim().split("\\s+");
        int r = Integer.parseInt(tok[0]), c = Integer.parseInt(tok[1]);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < r; i++) sb.append(tok[2 + i]);
        String grid = sb.toString();
        int start = grid.indexOf('S'), end = grid.indexOf('E');
        int[] dist = new int[r * c];
        Arrays.fill(dist, -1);
        int[] queue = new int[r * c];
        int head = 0, tail = 0;
        queue[tail++] = start;
        dist[start] = 0;
        while (head < tail) {
            int v = queue[head++];
            if (v == end) break;
            int y = v / c, x = v % c;
            int[] next = {v - c, v + c, v - 1, v + 1};
            boolean[] inside = {y > 0, y < r - 1, x > 0, x < c - 1};
            for (int k = 0; k < 4; k++) {
                int w = next[k];
                if (inside[k] && dist[w] < 0 && grid.charAt(w) != '#') {
                    dist[w] = dist[v] + 1;
                    queue[tail++] = w;
                }
            }
        }
        System.out.println(dist[end]);
    }
}
