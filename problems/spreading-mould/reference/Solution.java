import java.util.*;

class Solution {
    public int minutesToSpoil(int[][] grid) {
        int rows = grid.length, cols = grid[0].length;
        int[][] state = new int[rows][];
        for (int r = 0; r < rows; r++) state[r] = grid[r].clone();
        List<int[]> level = new ArrayList<>();
        int fresh = 0;
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) {
                if (state[r][c] == 2) level.add(new int[] {r, c});
                else if (state[r][c] == 1) fresh++;
            }
        int[] dr = {1, -1, 0, 0}, dc = {0, 0, 1, -1};
        int minutes = 0;
        while (!level.isEmpty() && fresh > 0) {
            List<int[]> turned = new ArrayList<>();
            for (int[] cell : level)
                for (int k = 0; k < 4; k++) {
                    int y = cell[0] + dr[k], x = cell[1] + dc[k];
                    if (y >= 0 && y < rows && x >= 0 && x < cols && state[y][x] == 1) {
                        state[y][x] = 2;
                        fresh--;
                        turned.add(new int[] {y, x});
                    }
                }
            if (!turned.isEmpty()) minutes++;
            level = turned;
        }
        return fresh > 0 ? -1 : minutes;
    }
}
