def character_replacement(s: str, k: int) -> int:
    best = 0
    for i in range(len(s)):
        counts: dict[str, int] = {}
        highest = 0
        for j in range(i, len(s)):
            counts[s[j]] = counts.get(s[j], 0) + 1
            highest = max(highest, counts[s[j]])
            if j - i + 1 - highest <= k:
                best = max(best, j - i + 1)
    return best
