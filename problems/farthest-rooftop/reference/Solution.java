import java.util.*;

class Solution {
    public int furthestBuilding(int[] heights, int bricks, int ropes) {
        PriorityQueue<Integer> roped = new PriorityQueue<>();
        long left = bricks;
        for (int i = 0; i + 1 < heights.length; i++) {
            int climb = heights[i + 1] - heights[i];
            if (climb <= 0) continue;
            roped.add(climb);
            if (roped.size() > ropes) {
                left -= roped.poll();
                if (left < 0) return i;
            }
        }
        return heights.length - 1;
    }
}
