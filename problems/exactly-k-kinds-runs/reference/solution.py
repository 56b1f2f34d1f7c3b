def subarrays_with_k_distinct(nums: list[int], k: int) -> int:
    def at_most(m: int) -> int:
        counts: dict[int, int] = {}
        left = total = 0
        for right, value in enumerate(nums):
            counts[value] = counts.get(value, 0) + 1
            while len(counts) > m:
                gone = nums[left]
                counts[gone] -= 1
                if counts[gone] == 0:
                    del counts[gone]
                left += 1
            total += right - left + 1
        return total

    return at_most(k) - at_most(k - 1)
