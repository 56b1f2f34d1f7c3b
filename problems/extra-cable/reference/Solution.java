class Solution {
    private int[] parent, size;

    private int find(int x) {
        int root = x;
        while (parent[root] != root) root = parent[root];
        while (parent[x] != root) {
            int next = parent[x];
            parent[x] = root;
            x = next;
        }
        return root;
    }

    public int[] extraCable(int[][] cables) {
        int n = cables.length;
        parent = new int[n + 1];
        size = new int[n + 1];
        for (int i = 0; i <= n; i++) { parent[i] = i; size[i] = 1; }
        for (int[] c : cables) {
            int ra = find(c[0]), rb = find(c[1]);
            if (ra == rb) return new int[] {c[0], c[1]};
            if (size[ra] < size[rb]) { int t = ra; ra = rb; rb = t; }
            parent[rb] = ra;
            size[ra] += size[rb];
        }
        return new int[0];
    }
}
