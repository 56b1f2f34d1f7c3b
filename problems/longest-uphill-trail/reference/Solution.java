import java.util.*;

class Solution {
    public int longestUphill(int[][] heights) {
        int rows = heights.length, cols = heights[0].length;
        int[] dr = {1, -1, 0, 0}, dc = {0, 0, 1, -1};
        int[][] higher = new int[rows][cols];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                for (int k = 0; k < 4; k++) {
                    int y = r + dr[k], x = c + dc[k];
                    if (y >= 0 && y < rows && x >= 0 && x < cols && heights[y][x] > heights[r][c]) higher[r][c]++;
                }
        List<int[]> layer = new ArrayList<>();
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                if (higher[r][c] == 0) layer.add(new int[] {r, c});
        int layers = 0;
        while (!layer.isEmpty()) {
            layers++;
            List<int[]> below = new ArrayList<>();
            for (int[] cell : layer) {
                int r = cell[0], c = cell[1];
                for (int k = 0; k < 4; k++) {
                    int y = r + dr[k], x = c + dc[k];
                    if (y >= 0 && y < rows && x >= 0 && x < cols && heights[y][x] < heights[r][c])
                        if (--higher[y][x] == 0) below.add(new int[] {y, x});
                }
            }
            layer = below;
        }
        return layers;
    }
}
