import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(in.readLine().trim());
        TreeMap<String, Integer> counts = new TreeMap<>();
        HashMap<String, String> first = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String line = in.readLine();
            if (line == null) break;
            String[] f = line.trim().split("\\s+", 4);
            if (!f[1].equals("ERROR")) continue;
            counts.merge(f[2], 1, Integer::sum);
            first.putIfAbsent(f[2], f[0]);
        }
        if (counts.isEmpty()) {
            System.out.println("no errors");
            return;
        }
        List<String> services = new ArrayList<>(counts.keySet());
        services.sort((a, b) -> counts.get(b) - counts.get(a));
        StringBuilder out = new StringBuilder();
        for (String s : services) out.append(s).append(' ').append(counts.get(s)).append(' ').append(first.get(s)).append('\n');
        System.out.print(out);
    }
}
