class Solution {
public:
    int furthestBuilding(vector<int>& heights, int bricks, int ropes) {
        priority_queue<int, vector<int>, greater<int>> roped;
        long long left = bricks;
        for (int i = 0; i + 1 < (int) heights.size(); ++i) {
            int climb = heights[i + 1] - heights[i];
            if (climb <= 0) continue;
            roped.push(climb);
            if ((int) roped.size() > ropes) {
                left -= roped.top();
                roped.pop();
                if (left < 0) return i;
            }
        }
        return (int) heights.size() - 1;
    }
};
