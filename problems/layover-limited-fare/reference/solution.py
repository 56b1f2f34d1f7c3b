def cheapest_fare(n: int, flights: list[list[int]], src: int, dst: int, k: int) -> int:
    inf = float("inf")
    price = [inf] * n
    price[src] = 0
    for _ in range(k + 1):
        nxt = price[:]
        for a, b, p in flights:
            if price[a] + p < nxt[b]:
                nxt[b] = price[a] + p
        price = nxt
    return -1 if price[dst] == inf else int(price[dst])
