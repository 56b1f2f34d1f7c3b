from collections import deque


def max_sliding_window(nums: list[int], k: int) -> list[int]:
    alive: deque[int] = deque()
    out = []
    for i, value in enumerate(nums):
        while alive and nums[alive[-1]] <= value:
            alive.pop()
        alive.append(i)
        if alive[0] <= i - k:
            alive.popleft()
        if i >= k - 1:
            out.append(nums[alive[0]])
    return out
