def can_jump(nums: list[int]) -> bool:
    reachable = [False] * len(nums)
    reachable[0] = True
    for i in range(len(nums)):
        if reachable[i]:
            for j in range(i + 1, min(len(nums), i + nums[i] + 1)):
                reachable[j] = True
    return reachable[-1]
