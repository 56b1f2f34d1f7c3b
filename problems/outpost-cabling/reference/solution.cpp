class Solution {
public:
    int minCabling(vector<vector<int>>& outposts) {
        int n = (int) outposts.size();
        vector<long long> cost(n, LLONG_MAX);
        vector<bool> joined(n, false);
        cost[0] = 0;
        long long total = 0;
        for (int step = 0; step < n; ++step) {
            int pick = -1;
            for (int i = 0; i < n; ++i)
                if (!joined[i] && (pick == -1 || cost[i] < cost[pick])) pick = i;
            joined[pick] = true;
            total += cost[pick];
            for (int i = 0; i < n; ++i)
                if (!joined[i]) {
                    long long d = llabs((long long) outposts[i][0] - outposts[pick][0]) +
                                  llabs((long long) outposts[i][1] - outposts[pick][1]);
                    if (d < cost[i]) cost[i] = d;
                }
        }
        return (int) total;
    }
};
