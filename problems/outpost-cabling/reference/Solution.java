import java.util.*;

class Solution {
    public int minCabling(int[][] outposts) {
        int n = outposts.length;
        long[] cost = new long[n];
        Arrays.fill(cost, Long.MAX_VALUE);
        boolean[] joined = new boolean[n];
        cost[0] = 0;
        long total = 0;
        for (int step = 0; step < n; step++) {
            int pick = -1;
            for (int i = 0; i < n; i++)
                if (!joined[i] && (pick == -1 || cost[i] < cost[pick])) pick = i;
            joined[pick] = true;
            total += cost[pick];
            for (int i = 0; i < n; i++)
                if (!joined[i]) {
                    long d = Math.abs((long) outposts[i][0] - outposts[pick][0]) + Math.abs((long) outposts[i][1] - outposts[pick][1]);
                    if (d < cost[i]) cost[i] = d;
                }
        }
        return (int) total;
    }
}
