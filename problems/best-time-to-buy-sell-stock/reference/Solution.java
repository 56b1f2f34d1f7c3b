class Solution {
    public int maxProfit(int[] prices) {
        int cheapest = prices[0], best = 0;
        for (int i = 1; i < prices.length; i++) {
            best = Math.max(best, prices[i] - cheapest);
            cheapest = Math.min(cheapest, prices[i]);
        }
        return best;
    }
}
