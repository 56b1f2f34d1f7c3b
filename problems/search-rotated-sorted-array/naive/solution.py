def search_rotated(nums: list[int], target: int) -> int:
    for i, v in enumerate(nums):
        if v == target:
            return i
    return -1
