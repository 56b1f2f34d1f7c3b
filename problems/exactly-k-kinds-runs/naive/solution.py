def subarrays_with_k_distinct(nums: list[int], k: int) -> int:
    total = 0
    for i in range(len(nums)):
        seen: set[int] = set()
        for j in range(i, len(nums)):
            seen.add(nums[j])
            if len(seen) == k:
                total += 1
            elif len(seen) > k:
                break
    return total
