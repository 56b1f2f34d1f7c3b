class Solution {
    vector<int> parent, sz;

    int find(int x) {
        int root = x;
        while (parent[root] != root) root = parent[root];
        while (parent[x] != root) {
            int next = parent[x];
            parent[x] = root;
            x = next;
        }
        return root;
    }

public:
    vector<int> extraCable(vector<vector<int>>& cables) {
        int n = (int) cables.size();
        parent.resize(n + 1);
        sz.assign(n + 1, 1);
        iota(parent.begin(), parent.end(), 0);
        for (auto& c : cables) {
            int ra = find(c[0]), rb = find(c[1]);
            if (ra == rb) return {c[0], c[1]};
            if (sz[ra] < sz[rb]) swap(ra, rb);
            parent[rb] = ra;
            sz[ra] += sz[rb];
        }
        return {};
    }
};
