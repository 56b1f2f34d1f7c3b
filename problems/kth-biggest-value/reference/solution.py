import heapq


def find_kth_largest(nums: list[int], k: int) -> int:
    top: list[int] = []
    for value in nums:
        if len(top) < k:
            heapq.heappush(top, value)
        elif value > top[0]:
            heapq.heapreplace(top, value)
    return top[0]
