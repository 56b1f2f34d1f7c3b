class Solution {
public:
    int maxPoints(vector<vector<int>>& points) {
        int n = (int) points.size();
        if (n <= 2) return n;
        int best = 2;
        for (int i = 0; i < n; ++i) {
            map<pair<int, int>, int> directions;
            for (int j = i + 1; j < n; ++j) {
                int dx = points[j][0] - points[i][0], dy = points[j][1] - points[i][1];
                int g = gcd(abs(dx), abs(dy));
                dx /= g; dy /= g;
                if (dx < 0 || (dx == 0 && dy < 0)) { dx = -dx; dy = -dy; }
                best = max(best, ++directions[{dx, dy}] + 1);
            }
        }
        return best;
    }
};
