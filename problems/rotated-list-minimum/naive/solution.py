def find_min(nums: list[int]) -> int:
    best = nums[0]
    for value in nums:
        if value < best:
            best = value
    return best
