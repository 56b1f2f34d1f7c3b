class Solution {
public:
    int longestUphill(vector<vector<int>>& heights) {
        int rows = (int) heights.size(), cols = (int) heights[0].size();
        int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
        vector<vector<int>> higher(rows, vector<int>(cols, 0));
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c)
                for (int k = 0; k < 4; ++k) {
                    int y = r + dr[k], x = c + dc[k];
                    if (y >= 0 && y < rows && x >= 0 && x < cols && heights[y][x] > heights[r][c]) higher[r][c]++;
                }
        vector<pair<int, int>> layer;
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c)
                if (higher[r][c] == 0) layer.push_back({r, c});
        int layers = 0;
        while (!layer.empty()) {
            layers++;
            vector<pair<int, int>> below;
            for (auto [r, c] : layer)
                for (int k = 0; k < 4; ++k) {
                    int y = r + dr[k], x = c + dc[k];
                    if (y >= 0 && y < rows && x >= 0 && x < cols && heights[y][x] < heights[r][c])
                        if (--higher[y][x] == 0) below.push_back({y, x});
                }
            layer.swap(below);
        }
        return layers;
    }
};
