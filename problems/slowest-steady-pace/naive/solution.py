def min_eating_speed(piles: list[int], h: int) -> int:
    rate = max(1, sum(piles) // h)
    while sum((pile + rate - 1) // rate for pile in piles) > h:
        rate += 1
    return rate
