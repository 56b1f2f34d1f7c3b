def fewest_hops(reach: list[int]) -> int:
    # best[i]: fewest hops to stone i, from every earlier stone that can reach it.
    n = len(reach)
    big = n + 1
    best = [big] * n
    best[0] = 0
    for i in range(1, n):
        for j in range(i):
            if best[j] < big and j + reach[j] >= i and best[j] + 1 < best[i]:
                best[i] = best[j] + 1
    return best[n - 1]
