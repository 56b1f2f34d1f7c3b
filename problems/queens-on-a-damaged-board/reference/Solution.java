class Solution {
    private int n, full;
    private int[] usable;

    public int countQueenPlacements(String[] board) {
        n = board.length;
        full = (1 << n) - 1;
        usable = new int[n];
        for (int r = 0; r < n; r++)
            for (int c = 0; c < n; c++)
                if (board[r].charAt(c) == '.') usable[r] |= 1 << c;
        return count(0, 0, 0, 0);
    }

    private int count(int row, int cols, int diag, int anti) {
        if (row == n) return 1;
        int total = 0;
        int free = usable[row] & ~(cols | diag | anti) & full;
        while (free != 0) {
            int bit = free & -free;
            free ^= bit;
            total += count(row + 1, cols | bit, ((diag | bit) << 1) & full, (anti | bit) >> 1);
        }
        return total;
    }
}
