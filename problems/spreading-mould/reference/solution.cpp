class Solution {
public:
    int minutesToSpoil(vector<vector<int>>& grid) {
        int rows = (int) grid.size(), cols = (int) grid[0].size();
        vector<vector<int>> state = grid;
        vector<pair<int, int>> level;
        int fresh = 0;
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c) {
                if (state[r][c] == 2) level.push_back({r, c});
                else if (state[r][c] == 1) fresh++;
            }
        int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
        int minutes = 0;
        while (!level.empty() && fresh > 0) {
            vector<pair<int, int>> turned;
            for (auto [r, c] : level)
                for (int k = 0; k < 4; ++k) {
                    int y = r + dr[k], x = c + dc[k];
                    if (y >= 0 && y < rows && x >= 0 && x < cols && state[y][x] == 1) {
                        state[y][x] = 2;
                        fresh--;
                        turned.push_back({y, x});
                    }
                }
            if (!turned.empty()) minutes++;
            level.swap(turned);
        }
        return fresh > 0 ? -1 : minutes;
    }
};
