import heapq


def signal_time(n: int, links: list[list[int]], source: int) -> int:
    out: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for u, v, t in links:
        out[u].append((v, t))
    best = [-1] * n
    heap = [(0, source)]
    settled = 0
    latest = 0
    while heap:
        when, relay = heapq.heappop(heap)
        if best[relay] != -1:
            continue
        best[relay] = when
        settled += 1
        latest = when
        for nxt, t in out[relay]:
            if best[nxt] == -1:
                heapq.heappush(heap, (when + t, nxt))
    return latest if settled == n else -1
