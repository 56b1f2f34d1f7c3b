def can_attend_all(meetings: list[list[int]]) -> bool:
    # Compare every pair of meetings.
    for i in range(len(meetings)):
        for j in range(i + 1, len(meetings)):
            if meetings[i][0] < meetings[j][1] and meetings[j][0] < meetings[i][1]:
                return False
    return True
