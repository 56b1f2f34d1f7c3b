import heapq


def furthest_building(heights: list[int], bricks: int, ropes: int) -> int:
    roped: list[int] = []
    for i in range(len(heights) - 1):
        climb = heights[i + 1] - heights[i]
        if climb <= 0:
            continue
        heapq.heappush(roped, climb)
        if len(roped) > ropes:
            bricks -= heapq.heappop(roped)
            if bricks < 0:
                return i
    return len(heights) - 1
