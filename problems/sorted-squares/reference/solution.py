def sorted_squares(nums: list[int]) -> list[int]:
    n = len(nums)
    out = [0] * n
    lo, hi = 0, n - 1
    for p in range(n - 1, -1, -1):
        if abs(nums[lo]) > abs(nums[hi]):
            out[p] = nums[lo] * nums[lo]
            lo += 1
        else:
            out[p] = nums[hi] * nums[hi]
            hi -= 1
    return out
