import heapq


def running_medians(stream: list[int]) -> list[float]:
    low: list[int] = []  # max-heap of the smaller half, stored negated
    high: list[int] = []  # min-heap of the larger half
    out = []
    for value in stream:
        heapq.heappush(low, -value)
        heapq.heappush(high, -heapq.heappop(low))
        if len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        if len(low) > len(high):
            out.append(float(-low[0]))
        else:
            out.append((-low[0] + high[0]) / 2)
    return out
