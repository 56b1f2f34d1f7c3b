class Solution {
public:
    int numIslands(vector<vector<char>>& grid) {
        int rows = (int) grid.size(), cols = (int) grid[0].size(), islands = 0;
        vector<vector<bool>> seen(rows, vector<bool>(cols, false));
        int dy[] = {1, -1, 0, 0}, dx[] = {0, 0, 1, -1};
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < cols; ++c) {
                if (grid[r][c] != '1' || seen[r][c]) continue;
                islands++;
                seen[r][c] = true;
                queue<pair<int, int>> q;
                q.push({r, c});
                while (!q.empty()) {
                    auto [y, x] = q.front();
                    q.pop();
                    for (int k = 0; k < 4; ++k) {
                        int ny = y + dy[k], nx = x + dx[k];
                        if (ny >= 0 && ny < rows && nx >= 0 && nx < cols && grid[ny][nx] == '1' && !seen[ny][nx]) {
                            seen[ny][nx] = true;
                            q.push({ny, nx});
                        }
                    }
                }
            }
        }
        return islands;
    }
};
