class Solution {
    public int maxPoints(int[] lanterns) {
        int size = lanterns.length + 2;
        int[] vals = new int[size];
        vals[0] = 1;
        vals[size - 1] = 1;
        for (int i = 0; i < lanterns.length; i++) vals[i + 1] = lanterns[i];
        int[][] best = new int[size][size];
        for (int gap = 2; gap < size; gap++)
            for (int i = 0; i + gap < size; i++) {
                int j = i + gap, edge = vals[i] * vals[j], top = 0;
                for (int k = i + 1; k < j; k++) {
                    int score = best[i][k] + best[k][j] + edge * vals[k];
                    if (score > top) top = score;
                }
                best[i][j] = top;
            }
        return best[0][size - 1];
    }
}
