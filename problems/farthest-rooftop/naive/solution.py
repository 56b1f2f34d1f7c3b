def furthest_building(heights: list[int], bricks: int, ropes: int) -> int:
    # For each prefix, sort its climbs and check that the largest `ropes` of them cover
    # the rest with bricks: O(n^2 log n).
    reach = 0
    for j in range(1, len(heights)):
        climbs = sorted(max(0, heights[i + 1] - heights[i]) for i in range(j))
        paid = sum(climbs[: max(0, len(climbs) - ropes)])
        if paid > bricks:
            break
        reach = j
    return reach
