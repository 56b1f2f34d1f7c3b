import java.util.*;

class Solution {
    private int rows, cols;
    private int[][] h;

    private boolean[][] flood(List<int[]> seeds) {
        boolean[][] seen = new boolean[rows][cols];
        Deque<int[]> stack = new ArrayDeque<>();
        for (int[] s : seeds)
            if (!seen[s[0]][s[1]]) { seen[s[0]][s[1]] = true; stack.push(s); }
        int[] dr = {1, -1, 0, 0}, dc = {0, 0, 1, -1};
        while (!stack.isEmpty()) {
            int[] cell = stack.pop();
            for (int k = 0; k < 4; k++) {
                int y = cell[0] + dr[k], x = cell[1] + dc[k];
                if (y >= 0 && y < rows && x >= 0 && x < cols && !seen[y][x] && h[y][x] >= h[cell[0]][cell[1]]) {
                    seen[y][x] = true;
                    stack.push(new int[] {y, x});
                }
            }
        }
        return seen;
    }

    public List<List<Integer>> bothCoasts(int[][] heights) {
        h = heights;
        rows = heights.length;
        cols = heights[0].length;
        List<int[]> westSeeds = new ArrayList<>(), eastSeeds = new ArrayList<>();
        for (int c = 0; c < cols; c++) { westSeeds.add(new int[] {0, c}); eastSeeds.add(new int[] {rows - 1, c}); }
        for (int r = 0; r < rows; r++) { westSeeds.add(new int[] {r, 0}); eastSeeds.add(new int[] {r, cols - 1}); }
        boolean[][] west = flood(westSeeds), east = flood(eastSeeds);
        List<List<Integer>> out = new ArrayList<>();
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                if (west[r][c] && east[r][c]) out.add(Arrays.asList(r, c));
        return out;
    }
}
