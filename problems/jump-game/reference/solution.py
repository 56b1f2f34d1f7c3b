def can_jump(nums: list[int]) -> bool:
    farthest = 0
    last = len(nums) - 1
    for i, step in enumerate(nums):
        if i > farthest:
            return False
        farthest = max(farthest, i + step)
        if farthest >= last:
            return True
    return True
