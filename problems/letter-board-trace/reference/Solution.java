class Solution {
    private int rows, cols;
    private boolean[][] onPath;
    private char[][] board;
    private String word;

    private boolean walk(int r, int c, int k) {
        if (r < 0 || r >= rows || c < 0 || c >= cols) return false;
        if (onPath[r][c] || board[r][c] != word.charAt(k)) return false;
        if (k == word.length() - 1) return true;
        onPath[r][c] = true;
        boolean found = walk(r + 1, c, k + 1) || walk(r - 1, c, k + 1) || walk(r, c + 1, k + 1) || walk(r, c - 1, k + 1);
        onPath[r][c] = false;
        return found;
    }

    public boolean canTrace(char[][] board, String word) {
        this.board = board;
        this.word = word;
        rows = board.length;
        cols = board[0].length;
        onPath = new boolean[rows][cols];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                if (walk(r, c, 0)) return true;
        return false;
    }
}
