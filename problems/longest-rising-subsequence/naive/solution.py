def longest_rising(nums: list[int]) -> int:
    # best[i]: longest rising selection ending at i, from every earlier smaller value.
    best = [1] * len(nums)
    for i in range(len(nums)):
        for j in range(i):
            if nums[j] < nums[i] and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
    return max(best)
