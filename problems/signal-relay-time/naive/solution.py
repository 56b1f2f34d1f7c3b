def signal_time(n: int, links: list[list[int]], source: int) -> int:
    # Dijkstra without a heap: scan every relay for the closest unsettled one.
    inf = float("inf")
    weight: list[dict[int, int]] = [{} for _ in range(n)]
    for u, v, t in links:
        if t < weight[u].get(v, inf):
            weight[u][v] = t
    dist = [inf] * n
    dist[source] = 0
    done = [False] * n
    for _ in range(n):
        relay, close = -1, inf
        for i in range(n):
            if not done[i] and dist[i] < close:
                relay, close = i, dist[i]
        if relay == -1:
            return -1
        done[relay] = True
        for v, t in weight[relay].items():
            if close + t < dist[v]:
                dist[v] = close + t
    return int(max(dist))
