class Solution {
public:
    int timeToCross(vector<vector<int>>& ground) {
        int rows = (int) ground.size(), cols = (int) ground[0].size();
        vector<vector<bool>> seen(rows, vector<bool>(cols, false));
        priority_queue<tuple<int, int, int>, vector<tuple<int, int, int>>, greater<tuple<int, int, int>>> heap;
        seen[0][0] = true;
        heap.push({ground[0][0], 0, 0});
        int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
        while (!heap.empty()) {
            auto [level, r, c] = heap.top();
            heap.pop();
            if (r == rows - 1 && c == cols - 1) return level;
            for (int k = 0; k < 4; ++k) {
                int y = r + dr[k], x = c + dc[k];
                if (y >= 0 && y < rows && x >= 0 && x < cols && !seen[y][x]) {
                    seen[y][x] = true;
                    heap.push({max(level, ground[y][x]), y, x});
                }
            }
        }
        return -1;
    }
};
