def cheapest_climb(toll: list[int]) -> int:
    far = near = 0
    for i in range(2, len(toll) + 1):
        far, near = near, min(near + toll[i - 1], far + toll[i - 2])
    return near
