import java.util.*;

class Solution {
    public int cheapestFare(int n, int[][] flights, int src, int dst, int k) {
        final long INF = Long.MAX_VALUE / 4;
        long[] price = new long[n];
        Arrays.fill(price, INF);
        price[src] = 0;
        for (int round = 0; round <= k; round++) {
            long[] next = price.clone();
            for (int[] f : flights)
                if (price[f[0]] < INF && price[f[0]] + f[2] < next[f[1]]) next[f[1]] = price[f[0]] + f[2];
            price = next;
        }
        return price[dst] >= INF ? -1 : (int) price[dst];
    }
}
