def contains_nearby_duplicate(nums: list[int], k: int) -> bool:
    window: set[int] = set()
    for i, value in enumerate(nums):
        if value in window:
            return True
        window.add(value)
        if len(window) > k:
            window.remove(nums[i - k])
    return False
