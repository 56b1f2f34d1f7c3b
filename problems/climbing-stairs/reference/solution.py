def climb_stairs(n: int) -> int:
    before, last = 1, 1
    for _ in range(n - 1):
        before, last = last, before + last
    return last
