def minutes_to_spoil(grid: list[list[int]]) -> int:
    rows, cols = len(grid), len(grid[0])
    state = [row[:] for row in grid]
    level = [(r, c) for r in range(rows) for c in range(cols) if state[r][c] == 2]
    fresh = sum(row.count(1) for row in state)
    minutes = 0
    while level and fresh:
        turned = []
        for r, c in level:
            for y, x in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= y < rows and 0 <= x < cols and state[y][x] == 1:
                    state[y][x] = 2
                    fresh -= 1
                    turned.append((y, x))
        if turned:
            minutes += 1
        level = turned
    return -1 if fresh else minutes
