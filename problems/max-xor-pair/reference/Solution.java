class Solution {
    public int findMaximumXor(int[] nums) {
        int[][] trie = new int[nums.length * 31 + 1][2];
        int used = 1;
        for (int x : nums) {
            int node = 0;
            for (int b = 30; b >= 0; b--) {
                int bit = (x >> b) & 1;
                if (trie[node][bit] == 0) trie[node][bit] = used++;
                node = trie[node][bit];
            }
        }
        int best = 0;
        for (int x : nums) {
            int node = 0, value = 0;
            for (int b = 30; b >= 0; b--) {
                int want = 1 - ((x >> b) & 1);
                if (trie[node][want] != 0) {
                    value |= 1 << b;
                    node = trie[node][want];
                } else {
                    node = trie[node][1 - want];
                }
            }
            best = Math.max(best, value);
        }
        return best;
    }
}
