class Solution {
    int n = 0, full = 0;
    vector<int> usable;

    int count(int row, int cols, int diag, int anti) {
        if (row == n) return 1;
        int total = 0;
        int free = usable[row] & ~(cols | diag | anti) & full;
        while (free) {
            int bit = free & -free;
            free ^= bit;
            total += count(row + 1, cols | bit, ((diag | bit) << 1) & full, (anti | bit) >> 1);
        }
        return total;
    }

public:
    int countQueenPlacements(vector<string>& board) {
        n = (int) board.size();
        full = (1 << n) - 1;
        usable.assign(n, 0);
        for (int r = 0; r < n; ++r)
            for (int c = 0; c < n; ++c)
                if (board[r][c] == '.') usable[r] |= 1 << c;
        return count(0, 0, 0, 0);
    }
};
