def tightest_shift(shifts: list[list[int]], moments: list[int]) -> list[int]:
    # Check every shift for every moment.
    answers = []
    for t in moments:
        best = -1
        for start, end in shifts:
            if start <= t <= end and (best == -1 or end - start + 1 < best):
                best = end - start + 1
        answers.append(best)
    return answers
