def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    values = sorted(candidates)
    ways: list[list[int]] = []
    picks: list[int] = []

    def walk(start: int, remaining: int) -> None:
        if remaining == 0:
            ways.append(picks[:])
            return
        for j in range(start, len(values)):
            if values[j] > remaining:
                break
            picks.append(values[j])
            walk(j, remaining - values[j])
            picks.pop()

    walk(0, target)
    return ways
