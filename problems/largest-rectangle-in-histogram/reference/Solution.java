class Solution {
    public int largestRectangleArea(int[] heights) {
        int n = heights.length;
        int[] stack = new int[n + 1];
        int top = 0;
        long best = 0;
        for (int i = 0; i <= n; i++) {
            int h = i == n ? 0 : heights[i];
            while (top > 0 && heights[stack[top - 1]] > h) {
                long bar = heights[stack[--top]];
                long width = top == 0 ? i : i - stack[top - 1] - 1;
                best = Math.max(best, bar * width);
            }
            stack[top++] = i;
        }
        return (int) best;
    }
}
