import java.util.*;

class Solution {
    public int numIslands(char[][] grid) {
        int rows = grid.length, cols = grid[0].length, islands = 0;
        boolean[][] seen = new boolean[rows][cols];
        int[] dy = {1, -1, 0, 0}, dx = {0, 0, 1, -1};
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (grid[r][c] != '1' || seen[r][c]) continue;
                islands++;
                seen[r][c] = true;
                Deque<int[]> queue = new ArrayDeque<>();
                queue.add(new int[] {r, c});
                while (!queue.isEmpty()) {
                    int[] cell = queue.poll();
                    for (int k = 0; k < 4; k++) {
                        int ny = cell[0] + dy[k], nx = cell[1] + dx[k];
                        if (ny >= 0 && ny < rows && nx >= 0 && nx < cols && grid[ny][nx] == '1' && !seen[ny][nx]) {
                            seen[ny][nx] = true;
                            queue.add(new int[] {ny, nx});
                        }
                    }
                }
            }
        }
        return islands;
    }
}
