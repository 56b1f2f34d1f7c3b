class Solution {
public:
    int signalTime(int n, vector<vector<int>>& links, int source) {
        vector<vector<pair<int, int>>> out(n);
        for (auto& l : links) out[l[0]].push_back({l[1], l[2]});
        vector<int> best(n, -1);
        priority_queue<pair<int, int>, vector<pair<int, int>>, greater<pair<int, int>>> heap;
        heap.push({0, source});
        int settled = 0, latest = 0;
        while (!heap.empty()) {
            auto [when, relay] = heap.top();
            heap.pop();
            if (best[relay] != -1) continue;
            best[relay] = when;
            settled++;
            latest = when;
            for (auto [nxt, t] : out[relay])
                if (best[nxt] == -1) heap.push({when + t, nxt});
        }
        return settled == n ? latest : -1;
    }
};
