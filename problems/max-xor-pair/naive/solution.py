def find_maximum_xor(nums: list[int]) -> int:
    best = 0
    for i in range(len(nums)):
        for j in range(i, len(nums)):
            best = max(best, nums[i] ^ nums[j])
    return best
