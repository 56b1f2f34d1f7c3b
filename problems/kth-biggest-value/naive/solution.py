def find_kth_largest(nums: list[int], k: int) -> int:
    # Remove the current maximum k - 1 times: O(n * k).
    rest = list(nums)
    for _ in range(k - 1):
        rest.remove(max(rest))
    return max(rest)
