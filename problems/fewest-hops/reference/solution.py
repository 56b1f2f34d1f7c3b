def fewest_hops(reach: list[int]) -> int:
    hops = end = furthest = 0
    for i in range(len(reach) - 1):
        furthest = max(furthest, i + reach[i])
        if i == end:
            hops += 1
            end = furthest
    return hops
