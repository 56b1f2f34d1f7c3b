def coin_change(coins: list[int], amount: int) -> int:
    impossible = amount + 1
    best = [0] + [impossible] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and best[a - c] + 1 < best[a]:
                best[a] = best[a - c] + 1
    return best[amount] if best[amount] != impossible else -1
