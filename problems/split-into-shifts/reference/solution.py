def split_array(nums: list[int], k: int) -> int:
    def shifts_needed(cap: int) -> int:
        count, load = 1, 0
        for job in nums:
            if load + job > cap:
                count += 1
                load = 0
            load += job
        return count

    lo, hi = max(nums), sum(nums)
    while lo < hi:
        mid = (lo + hi) // 2
        if shifts_needed(mid) <= k:
            hi = mid
        else:
            lo = mid + 1
    return lo
