import heapq


def cutoff_scores(k: int, scores: list[int], arrivals: list[int]) -> list[int]:
    top: list[int] = []
    for s in scores:
        heapq.heappush(top, s)
        if len(top) > k:
            heapq.heappop(top)
    out = []
    for s in arrivals:
        heapq.heappush(top, s)
        if len(top) > k:
            heapq.heappop(top)
        out.append(top[0])
    return out
