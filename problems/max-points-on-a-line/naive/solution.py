def max_points(points: list[list[int]]) -> int:
    n = len(points)
    if n <= 2:
        return n
    best = 2
    for i in range(n):
        for j in range(i + 1, n):
            (x1, y1), (x2, y2) = points[i], points[j]
            on_line = sum(
                1 for x, y in points if (x2 - x1) * (y - y1) == (y2 - y1) * (x - x1)
            )
            best = max(best, on_line)
    return best
