import heapq


def tightest_shift(shifts: list[list[int]], moments: list[int]) -> list[int]:
    ordered = sorted(shifts)
    answers = [-1] * len(moments)
    heap: list[tuple[int, int]] = []
    k = 0
    for idx in sorted(range(len(moments)), key=moments.__getitem__):
        t = moments[idx]
        while k < len(ordered) and ordered[k][0] <= t:
            start, end = ordered[k]
            heapq.heappush(heap, (end - start + 1, end))
            k += 1
        while heap and heap[0][1] < t:
            heapq.heappop(heap)
        if heap:
            answers[idx] = heap[0][0]
    return answers
