import java.util.*;

class Solution {
    public char[][] fillPonds(char[][] grid) {
        int rows = grid.length, cols = grid[0].length;
        char[][] out = new char[rows][];
        for (int r = 0; r < rows; r++) out[r] = grid[r].clone();
        boolean[][] drains = new boolean[rows][cols];
        Deque<int[]> stack = new ArrayDeque<>();
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) {
                boolean onBorder = r == 0 || r == rows - 1 || c == 0 || c == cols - 1;
                if (onBorder && out[r][c] == 'W') { drains[r][c] = true; stack.push(new int[] {r, c}); }
            }
        int[] dr = {1, -1, 0, 0}, dc = {0, 0, 1, -1};
        while (!stack.isEmpty()) {
            int[] cell = stack.pop();
            for (int k = 0; k < 4; k++) {
                int y = cell[0] + dr[k], x = cell[1] + dc[k];
                if (y >= 0 && y < rows && x >= 0 && x < cols && out[y][x] == 'W' && !drains[y][x]) {
                    drains[y][x] = true;
                    stack.push(new int[] {y, x});
                }
            }
        }
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                if (out[r][c] == 'W' && !drains[r][c]) out[r][c] = 'E';
        return out;
    }
}
