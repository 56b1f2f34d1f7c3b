class Solution {
    public int maxHaul(int[] stash) {
        int twoBack = 0, oneBack = 0;
        for (int s : stash) {
            int here = Math.max(oneBack, twoBack + s);
            twoBack = oneBack;
            oneBack = here;
        }
        return oneBack;
    }
}
