import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;

public class Main {
    static long key(long x, long y) {
        return x * 4_000_000_007L + y;
    }

    public static void main(String[] args) throws IOException {
        String[] tok = new String(System.in.readAllBytes(), StandardCharsets.UTF_8).trim().split("\\s+");
        int n = Integer.parseInt(tok[0]);
        HashSet<Long> blocked = new HashSet<>();
        for (int i = 0; i < n; i++) blocked.add(key(Long.parseLong(tok[1 + 2 * i]), Long.parseLong(tok[2 + 2 * i])));
        String commands = tok[1 + 2 * n];
        int[] dx = {0, 1, 0, -1}, dy = {1, 0, -1, 0};
        long x = 0, y = 0, stuck = 0;
        int heading = 0;
        for (int i = 0; i < commands.length(); i++) {
            char c = commands.charAt(i);
            if (c == 'R') heading = (heading + 1) % 4;
            else if (c == 'L') heading = (heading + 3) % 4;
            else if (blocked.contains(key(x + dx[heading], y + dy[heading]))) stuck++;
            else { x += dx[heading]; y += dy[heading]; }
        }
        System.out.println(x + " " + y + " " + "NESW".charAt(heading));
        System.out.println("blocked " + stuck);
    }
}
