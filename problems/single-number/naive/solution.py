def single_number(nums: list[int]) -> int:
    for x in nums:
        if nums.count(x) == 1:
            return x
    return 0
