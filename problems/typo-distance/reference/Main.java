import java.io.*;
import java.nio.charset.StandardCharsets;

public class Main {
    static long distance(String a, String b, long ins, long del, long rep) {
        long[] prev = new long[b.length() + 1], cur = new long[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j * ins;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i * del;
            for (int j = 1; j <= b.length(); j++) {
                long best = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : rep);
                best = Math.min(best, prev[j] + del);
                best = Math.min(best, cur[j - 1] + ins);
                cur[j] = best;
            }
            long[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    public static void main(String[] args) throws IOException {
        String[] tok = new String(System.in.readAllBytes(), StandardCharsets.UTF_8).trim().split("\\s+");
        long ins = Long.parseLong(tok[0]), del = Long.parseLong(tok[1]), rep = Long.parseLong(tok[2]);
        int q = Integer.parseInt(tok[3]);
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < q; k++) out.append(distance(tok[4 + 2 * k], tok[5 + 2 * k], ins, del, rep)).append('\n');
        System.out.print(out);
    }
}
