def is_interleaving(first: str, second: str, merged: str) -> bool:
    m, n = len(first), len(second)
    if m + n != len(merged):
        return False
    row = [False] * (n + 1)
    for i in range(m + 1):
        for j in range(n + 1):
            if i == 0 and j == 0:
                row[j] = True
                continue
            here = merged[i + j - 1]
            from_first = i > 0 and row[j] and first[i - 1] == here
            from_second = j > 0 and row[j - 1] and second[j - 1] == here
            row[j] = from_first or from_second
    return row[n]
