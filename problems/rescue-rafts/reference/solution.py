def num_rescue_boats(people: list[int], limit: int) -> int:
    people = sorted(people)
    lo, hi = 0, len(people) - 1
    rafts = 0
    while lo <= hi:
        if people[lo] + people[hi] <= limit:
            lo += 1
        hi -= 1
        rafts += 1
    return rafts
