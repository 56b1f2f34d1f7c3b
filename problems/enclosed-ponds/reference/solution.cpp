class Solution {
public:
    vector<vector<char>> fillPonds(vector<vector<char>>& grid) {
        int rows = (int) grid.size(), cols = (int) grid[0].size();
        vector<vector<char>> out = grid;
        vector<vector<bool>> drains(rows, vector<bool>(cols, false));
        vector<pair<int, int>> stack;
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c) {
                bool onBorder = r == 0 || r == rows - 1 || c == 0 || c == cols - 1;
                if (onBorder && out[r][c] == 'W') { drains[r][c] = true; stack.push_back({r, c}); }
            }
        int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
        while (!stack.empty()) {
            auto [r, c] = stack.back();
            stack.pop_back();
            for (int k = 0; k < 4; ++k) {
                int y = r + dr[k], x = c + dc[k];
                if (y >= 0 && y < rows && x >= 0 && x < cols && out[y][x] == 'W' && !drains[y][x]) {
                    drains[y][x] = true;
                    stack.push_back({y, x});
                }
            }
        }
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c)
                if (out[r][c] == 'W' && !drains[r][c]) out[r][c] = 'E';
        return out;
    }
};
