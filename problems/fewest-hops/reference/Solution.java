class Solution {
    public int fewestHops(int[] reach) {
        int hops = 0, end = 0, furthest = 0;
        for (int i = 0; i + 1 < reach.length; i++) {
            furthest = Math.max(furthest, i + reach[i]);
            if (i == end) {
                hops++;
                end = furthest;
            }
        }
        return hops;
    }
}
