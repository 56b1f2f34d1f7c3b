def missing_number(nums: list[int]) -> int:
    # Try every candidate and scan the list for it.
    for k in range(len(nums) + 1):
        found = False
        for x in nums:
            if x == k:
                found = True
                break
        if not found:
            return k
    return -1
