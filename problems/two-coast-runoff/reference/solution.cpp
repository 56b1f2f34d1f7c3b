class Solution {
public:
    vector<vector<int>> bothCoasts(vector<vector<int>>& heights) {
        int rows = (int) heights.size(), cols = (int) heights[0].size();
        auto flood = [&](const vector<pair<int, int>>& seeds) {
            vector<vector<bool>> seen(rows, vector<bool>(cols, false));
            vector<pair<int, int>> stack;
            for (auto [r, c] : seeds)
                if (!seen[r][c]) { seen[r][c] = true; stack.push_back({r, c}); }
            int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
            while (!stack.empty()) {
                auto [r, c] = stack.back();
                stack.pop_back();
                for (int k = 0; k < 4; ++k) {
                    int y = r + dr[k], x = c + dc[k];
                    if (y >= 0 && y < rows && x >= 0 && x < cols && !seen[y][x] && heights[y][x] >= heights[r][c]) {
                        seen[y][x] = true;
                        stack.push_back({y, x});
                    }
                }
            }
            return seen;
        };
        vector<pair<int, int>> westSeeds, eastSeeds;
        for (int c = 0; c < cols; ++c) { westSeeds.push_back({0, c}); eastSeeds.push_back({rows - 1, c}); }
        for (int r = 0; r < rows; ++r) { westSeeds.push_back({r, 0}); eastSeeds.push_back({r, cols - 1}); }
        auto west = flood(westSeeds), east = flood(eastSeeds);
        vector<vector<int>> out;
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c)
                if (west[r][c] && east[r][c]) out.push_back({r, c});
        return out;
    }
};
