def fill_ponds(grid: list[list[str]]) -> list[list[str]]:
    rows, cols = len(grid), len(grid[0])
    out = [row[:] for row in grid]
    drains = [[False] * cols for _ in range(rows)]
    stack = []
    for r in range(rows):
        for c in range(cols):
            on_border = r in (0, rows - 1) or c in (0, cols - 1)
            if on_border and out[r][c] == "W":
                drains[r][c] = True
                stack.append((r, c))
    while stack:
        r, c = stack.pop()
        for y, x in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= y < rows and 0 <= x < cols and out[y][x] == "W" and not drains[y][x]:
                drains[y][x] = True
                stack.append((y, x))
    for r in range(rows):
        for c in range(cols):
            if out[r][c] == "W" and not drains[r][c]:
                out[r][c] = "E"
    return out
