def min_cabling(outposts: list[list[int]]) -> int:
    n = len(outposts)
    inf = float("inf")
    cost = [inf] * n
    cost[0] = 0
    joined = [False] * n
    total = 0
    for _ in range(n):
        pick, best = -1, inf
        for i in range(n):
            if not joined[i] and cost[i] < best:
                pick, best = i, cost[i]
        joined[pick] = True
        total += best
        px, py = outposts[pick]
        for i in range(n):
            if not joined[i]:
                d = abs(outposts[i][0] - px) + abs(outposts[i][1] - py)
                if d < cost[i]:
                    cost[i] = d
    return int(total)
