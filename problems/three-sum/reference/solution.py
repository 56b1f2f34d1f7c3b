def three_sum(nums: list[int]) -> list[list[int]]:
    values = sorted(nums)
    n = len(values)
    triples: list[list[int]] = []
    for i in range(n - 2):
        if values[i] > 0:
            break
        if i > 0 and values[i] == values[i - 1]:
            continue
        lo, hi = i + 1, n - 1
        while lo < hi:
            total = values[i] + values[lo] + values[hi]
            if total < 0:
                lo += 1
            elif total > 0:
                hi -= 1
            else:
                triples.append([values[i], values[lo], values[hi]])
                lo += 1
                hi -= 1
                while lo < hi and values[lo] == values[lo - 1]:
                    lo += 1
                while lo < hi and values[hi] == values[hi + 1]:
                    hi -= 1
    return triples
