def max_points(lanterns: list[int]) -> int:
    vals = [1] + lanterns + [1]
    size = len(vals)
    best = [[0] * size for _ in range(size)]
    for gap in range(2, size):
        for i in range(size - gap):
            j = i + gap
            edge = vals[i] * vals[j]
            top = 0
            for k in range(i + 1, j):
                score = best[i][k] + best[k][j] + edge * vals[k]
                if score > top:
                    top = score
            best[i][j] = top
    return best[0][size - 1]
