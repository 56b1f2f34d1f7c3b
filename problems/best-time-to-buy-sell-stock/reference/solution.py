def max_profit(prices: list[int]) -> int:
    cheapest = prices[0]
    best = 0
    for p in prices[1:]:
        best = max(best, p - cheapest)
        cheapest = min(cheapest, p)
    return best
