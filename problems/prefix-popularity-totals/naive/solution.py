def sum_prefix_scores(words: list[str]) -> list[int]:
    out = []
    for w in words:
        total = 0
        for other in words:
            shared = 0
            while shared < len(w) and shared < len(other) and w[shared] == other[shared]:
                shared += 1
            total += shared
        out.append(total)
    return out
