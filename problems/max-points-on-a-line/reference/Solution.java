import java.util.*;

class Solution {
    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    public int maxPoints(int[][] points) {
        int n = points.length;
        if (n <= 2) return n;
        int best = 2;
        for (int i = 0; i < n; i++) {
            Map<Long, Integer> directions = new HashMap<>();
            for (int j = i + 1; j < n; j++) {
                int dx = points[j][0] - points[i][0], dy = points[j][1] - points[i][1];
                int g = gcd(Math.abs(dx), Math.abs(dy));
                dx /= g; dy /= g;
                if (dx < 0 || (dx == 0 && dy < 0)) { dx = -dx; dy = -dy; }
                long key = (long) dx * 100_000L + dy;
                int count = directions.merge(key, 1, Integer::sum);
                best = Math.max(best, count + 1);
            }
        }
        return best;
    }
}
