def max_haul(stash: list[int]) -> int:
    # best[i]: most collected with house i the last one emptied; scan every earlier choice.
    n = len(stash)
    best = [0] * n
    for i in range(n):
        prev = 0
        for j in range(i - 1):
            if best[j] > prev:
                prev = best[j]
        best[i] = stash[i] + prev
    return max(best)
