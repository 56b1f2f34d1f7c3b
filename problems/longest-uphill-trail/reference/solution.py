def longest_uphill(heights: list[list[int]]) -> int:
    rows, cols = len(heights), len(heights[0])
    steps = ((1, 0), (-1, 0), (0, 1), (0, -1))
    higher = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            h = heights[r][c]
            for dr, dc in steps:
                y, x = r + dr, c + dc
                if 0 <= y < rows and 0 <= x < cols and heights[y][x] > h:
                    higher[r][c] += 1
    layer = [(r, c) for r in range(rows) for c in range(cols) if higher[r][c] == 0]
    layers = 0
    while layer:
        layers += 1
        below = []
        for r, c in layer:
            h = heights[r][c]
            for dr, dc in steps:
                y, x = r + dr, c + dc
                if 0 <= y < rows and 0 <= x < cols and heights[y][x] < h:
                    higher[y][x] -= 1
                    if higher[y][x] == 0:
                        below.append((y, x))
        layer = below
    return layers
