def bucket_fill(image: list[list[int]], row: int, col: int, color: int) -> list[list[int]]:
    out = [line[:] for line in image]
    start = out[row][col]
    if start == color:
        return out
    rows, cols = len(out), len(out[0])
    out[row][col] = color
    stack = [(row, col)]
    while stack:
        r, c = stack.pop()
        for y, x in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= y < rows and 0 <= x < cols and out[y][x] == start:
                out[y][x] = color
                stack.append((y, x))
    return out
