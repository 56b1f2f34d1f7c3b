class Solution {
    int rows = 0, cols = 0;
    vector<vector<bool>> onPath;

    bool walk(const vector<vector<char>>& board, const string& word, int r, int c, int k) {
        if (r < 0 || r >= rows || c < 0 || c >= cols) return false;
        if (onPath[r][c] || board[r][c] != word[k]) return false;
        if (k == (int) word.size() - 1) return true;
        onPath[r][c] = true;
        bool found = walk(board, word, r + 1, c, k + 1) || walk(board, word, r - 1, c, k + 1) ||
                     walk(board, word, r, c + 1, k + 1) || walk(board, word, r, c - 1, k + 1);
        onPath[r][c] = false;
        return found;
    }

public:
    bool canTrace(vector<vector<char>>& board, string word) {
        rows = (int) board.size();
        cols = (int) board[0].size();
        onPath.assign(rows, vector<bool>(cols, false));
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c)
                if (walk(board, word, r, c, 0)) return true;
        return false;
    }
};
