import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(in.readLine().trim());
        TreeMap<String, Long> balance = new TreeMap<>();
        StringBuilder rejected = new StringBuilder();
        for (int number = 1; number <= n; number++) {
            String[] f = in.readLine().trim().split("\\s+");
            boolean ok = false;
            switch (f[0]) {
                case "open":
                    ok = !balance.containsKey(f[1]);
                    if (ok) balance.put(f[1], 0L);
                    break;
                case "deposit":
                    ok = balance.containsKey(f[1]);
                    if (ok) balance.put(f[1], balance.get(f[1]) + Long.parseLong(f[2]));
                    break;
                case "withdraw": {
                    long x = Long.parseLong(f[2]);
                    ok = balance.containsKey(f[1]) && balance.get(f[1]) >= x;
                    if (ok) balance.put(f[1], balance.get(f[1]) - x);
                    break;
                }
                case "transfer": {
                    long x = Long.parseLong(f[3]);
                    ok = balance.containsKey(f[1]) && balance.containsKey(f[2]) && !f[1].equals(f[2])
                        && balance.get(f[1]) >= x;
                    if (ok) {
                        balance.put(f[1], balance.get(f[1]) - x);
                        balance.put(f[2], balance.get(f[2]) + x);
                    }
                    break;
                }
                default:
                    break;
            }
            if (!ok) rejected.append(' ').append(number);
        }
        StringBuilder out = new StringBuilder("rejected:");
        out.append(rejected.length() == 0 ? " none" : rejected.toString()).append('\n');
        for (Map.Entry<String, Long> e : balance.entrySet()) out.append(e.getKey()).append(' ').append(e.getValue()).append('\n');
        System.out.print(out);
    }
}
