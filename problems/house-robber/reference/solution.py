def max_haul(stash: list[int]) -> int:
    two_back = one_back = 0
    for s in stash:
        two_back, one_back = one_back, max(one_back, two_back + s)
    return one_back
