def can_attend_all(meetings: list[list[int]]) -> bool:
    ordered = sorted(meetings)
    for k in range(1, len(ordered)):
        if ordered[k][0] < ordered[k - 1][1]:
            return False
    return True
