def longest_consecutive(nums: list[int]) -> int:
    best = 0
    for v in nums:
        length = 1
        while v + length in nums:
            length += 1
        best = max(best, length)
    return best
