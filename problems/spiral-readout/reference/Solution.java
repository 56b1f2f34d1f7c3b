import java.util.*;

class Solution {
    public List<Integer> spiralOrder(int[][] grid) {
        int top = 0, bottom = grid.length - 1, left = 0, right = grid[0].length - 1;
        List<Integer> out = new ArrayList<>();
        while (top <= bottom && left <= right) {
            for (int c = left; c <= right; c++) out.add(grid[top][c]);
            top++;
            for (int r = top; r <= bottom; r++) out.add(grid[r][right]);
            right--;
            if (top <= bottom) {
                for (int c = right; c >= left; c--) out.add(grid[bottom][c]);
                bottom--;
            }
            if (left <= right) {
                for (int r = bottom; r >= top; r--) out.add(grid[r][left]);
                left++;
            }
        }
        return out;
    }
}
