def rooms_needed(meetings: list[list[int]]) -> int:
    # At each meeting's start, count the meetings running at that moment.
    best = 0
    for s, _ in meetings:
        running = 0
        for a, b in meetings:
            if a <= s < b:
                running += 1
        best = max(best, running)
    return best
