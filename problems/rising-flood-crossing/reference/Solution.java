import java.util.*;

class Solution {
    public int timeToCross(int[][] ground) {
        int rows = ground.length, cols = ground[0].length;
        boolean[][] seen = new boolean[rows][cols];
        PriorityQueue<int[]> heap = new PriorityQueue<>((a, b) -> Integer.compare(a[0], b[0]));
        seen[0][0] = true;
        heap.add(new int[] {ground[0][0], 0, 0});
        int[] dr = {1, -1, 0, 0}, dc = {0, 0, 1, -1};
        while (!heap.isEmpty()) {
            int[] top = heap.poll();
            int level = top[0], r = top[1], c = top[2];
            if (r == rows - 1 && c == cols - 1) return level;
            for (int k = 0; k < 4; k++) {
                int y = r + dr[k], x = c + dc[k];
                if (y >= 0 && y < rows && x >= 0 && x < cols && !seen[y][x]) {
                    seen[y][x] = true;
                    heap.add(new int[] {Math.max(level, ground[y][x]), y, x});
                }
            }
        }
        return -1;
    }
}
