def split_array(nums: list[int], k: int) -> int:
    # Dynamic programming over (jobs used, shifts used): O(n^2 * k).
    n = len(nums)
    prefix = [0]
    for job in nums:
        prefix.append(prefix[-1] + job)
    inf = float("inf")
    best = [[inf] * (k + 1) for _ in range(n + 1)]
    best[0][0] = 0
    for i in range(1, n + 1):
        for s in range(1, min(i, k) + 1):
            for j in range(s - 1, i):
                cand = max(best[j][s - 1], prefix[i] - prefix[j])
                if cand < best[i][s]:
                    best[i][s] = cand
    return int(best[n][k])
