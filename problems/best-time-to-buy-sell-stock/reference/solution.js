/**
 * @param {number[]} prices
 * @return {number}
 */
var maxProfit = function(prices) {
    let cheapest = prices[0], best = 0;
    for (let i = 1; i < prices.length; i++) {
        best = Math.max(best, prices[i] - cheapest);
        cheapest = Math.min(cheapest, prices[i]);
    }
    return best;
};
