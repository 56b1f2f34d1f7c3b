def rooms_needed(meetings: list[list[int]]) -> int:
    starts = sorted(s for s, _ in meetings)
    ends = sorted(e for _, e in meetings)
    rooms = 0
    k = 0
    for s in starts:
        if k < len(ends) and ends[k] <= s:
            k += 1
        else:
            rooms += 1
    return rooms
