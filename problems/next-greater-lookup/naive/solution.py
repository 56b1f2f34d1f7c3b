def next_greater_element(queries: list[int], nums: list[int]) -> list[int]:
    out = []
    for q in queries:
        i = nums.index(q)
        found = -1
        for j in range(i + 1, len(nums)):
            if nums[j] > q:
                found = nums[j]
                break
        out.append(found)
    return out
