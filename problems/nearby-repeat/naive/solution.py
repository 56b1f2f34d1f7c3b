def contains_nearby_duplicate(nums: list[int], k: int) -> bool:
    for i in range(len(nums)):
        for j in range(i + 1, min(len(nums), i + k + 1)):
            if nums[i] == nums[j]:
                return True
    return False
