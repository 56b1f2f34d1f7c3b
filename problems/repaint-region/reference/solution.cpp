class Solution {
public:
    vector<vector<int>> bucketFill(vector<vector<int>>& image, int row, int col, int color) {
        vector<vector<int>> out = image;
        int start = out[row][col];
        if (start == color) return out;
        int rows = (int) out.size(), cols = (int) out[0].size();
        out[row][col] = color;
        vector<pair<int, int>> stack = {{row, col}};
        int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
        while (!stack.empty()) {
            auto [r, c] = stack.back();
            stack.pop_back();
            for (int k = 0; k < 4; ++k) {
                int y = r + dr[k], x = c + dc[k];
                if (y >= 0 && y < rows && x >= 0 && x < cols && out[y][x] == start) {
                    out[y][x] = color;
                    stack.push_back({y, x});
                }
            }
        }
        return out;
    }
};
