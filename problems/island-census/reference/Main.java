import java.io.*;
import java.nio.charset.StandardCharsets;

public class Main {
    public static void main(String[] args) throws IOException {
        String[] tok = new String(System.in.readAllBytes(), StandardCharsets.UTF_8).trim().split("\\s+");
        int r = Integer.parseInt(tok[0]), c = Integer.parseInt(tok[1]);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < r; i++) sb.append(tok[2 + i]);
        String grid = sb.toString();
        boolean[] seen = new boolean[r * c];
        int[] stack = new int[r * c];
        int count = 0, largest = 0;
        for (int cell = 0; cell < r * c; cell++) {
            if (grid.charAt(cell) != '#' || seen[cell]) continue;
            count++;
            int size = 0, top = 0;
            seen[cell] = true;
            stack[top++] = cell;
            while (top > 0) {
                int v = stack[--top];
                size++;
                int y = v / c, x = v % c;
                int[] next = {v - c, v + c, v - 1, v + 1};
                boolean[] inside = {y > 0, y < r - 1, x > 0, x < c - 1};
                for (int k = 0; k < 4; k++) {
                    int w = next[k];
                    if (inside[k] && grid.charAt(w) == '#' && !seen[w]) {
                        seen[w] = true;
                        stack[top++] = w;
                    }
                }
            }
            largest = Math.max(largest, size);
        }
        System.out.println(count + " " + largest);
    }
}
