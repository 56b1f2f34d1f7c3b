def both_coasts(heights: list[list[int]]) -> list[list[int]]:
    rows, cols = len(heights), len(heights[0])

    def flood(seeds: list[tuple[int, int]]) -> list[list[bool]]:
        seen = [[False] * cols for _ in range(rows)]
        stack = []
        for r, c in seeds:
            if not seen[r][c]:
                seen[r][c] = True
                stack.append((r, c))
        while stack:
            r, c = stack.pop()
            for y, x in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= y < rows and 0 <= x < cols and not seen[y][x] and heights[y][x] >= heights[r][c]:
                    seen[y][x] = True
                    stack.append((y, x))
        return seen

    west = flood([(0, c) for c in range(cols)] + [(r, 0) for r in range(rows)])
    east = flood([(rows - 1, c) for c in range(cols)] + [(r, cols - 1) for r in range(rows)])
    return [[r, c] for r in range(rows) for c in range(cols) if west[r][c] and east[r][c]]
