import java.util.*;

class Solution {
    public int[][] bucketFill(int[][] image, int row, int col, int color) {
        int rows = image.length, cols = image[0].length;
        int[][] out = new int[rows][];
        for (int r = 0; r < rows; r++) out[r] = image[r].clone();
        int start = out[row][col];
        if (start == color) return out;
        out[row][col] = color;
        Deque<int[]> stack = new ArrayDeque<>();
        stack.push(new int[] {row, col});
        int[] dr = {1, -1, 0, 0}, dc = {0, 0, 1, -1};
        while (!stack.isEmpty()) {
            int[] cell = stack.pop();
            for (int k = 0; k < 4; k++) {
                int y = cell[0] + dr[k], x = cell[1] + dc[k];
                if (y >= 0 && y < rows && x >= 0 && x < cols && out[y][x] == start) {
                    out[y][x] = color;
                    stack.push(new int[] {y, x});
                }
            }
        }
        return out;
    }
}
