import heapq


def time_to_cross(ground: list[list[int]]) -> int:
    rows, cols = len(ground), len(ground[0])
    seen = [[False] * cols for _ in range(rows)]
    seen[0][0] = True
    heap = [(ground[0][0], 0, 0)]
    while heap:
        level, r, c = heapq.heappop(heap)
        if r == rows - 1 and c == cols - 1:
            return level
        for y, x in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= y < rows and 0 <= x < cols and not seen[y][x]:
                seen[y][x] = True
                heapq.heappush(heap, (max(level, ground[y][x]), y, x))
    return -1
