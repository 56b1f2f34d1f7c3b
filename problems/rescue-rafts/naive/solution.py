def num_rescue_boats(people: list[int], limit: int) -> int:
    # Heaviest first; scan for the lightest remaining partner each time: quadratic.
    left = sorted(people, reverse=True)
    used = [False] * len(left)
    rafts = 0
    for i in range(len(left)):
        if used[i]:
            continue
        used[i] = True
        rafts += 1
        for j in range(len(left) - 1, i, -1):
            if not used[j]:
                if left[i] + left[j] <= limit:
                    used[j] = True
                break
    return rafts
