class Solution {
public:
    int cheapestFare(int n, vector<vector<int>>& flights, int src, int dst, int k) {
        const long long INF = LLONG_MAX / 4;
        vector<long long> price(n, INF);
        price[src] = 0;
        for (int round = 0; round <= k; ++round) {
            vector<long long> next = price;
            for (auto& f : flights)
                if (price[f[0]] < INF && price[f[0]] + f[2] < next[f[1]]) next[f[1]] = price[f[0]] + f[2];
            price.swap(next);
        }
        return price[dst] >= INF ? -1 : (int) price[dst];
    }
};
