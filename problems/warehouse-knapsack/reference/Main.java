import java.io.*;
import java.nio.charset.StandardCharsets;

public class Main {
    public static void main(String[] args) throws IOException {
        String[] tok = new String(System.in.readAllBytes(), StandardCharsets.UTF_8).trim().split("\\s+");
        int n = Integer.parseInt(tok[0]), cap = Integer.parseInt(tok[1]);
        long[] best = new long[cap + 1];
        for (int i = 0; i < n; i++) {
            int weight = Integer.parseInt(tok[2 + 2 * i]);
            long value = Long.parseLong(tok[3 + 2 * i]);
            for (int w = cap; w >= weight; w--) best[w] = Math.max(best[w], best[w - weight] + value);
        }
        System.out.println(best[cap]);
    }
}
