import sys
from collections import deque


def main() -> None:
    data = sys.stdin.read().split()
    r, c = int(data[0]), int(data[1])
    grid = "".join(data[2 : 2 + r])
    start, end = grid.index("S"), grid.index("E")
    dist = [-1] * (r * c)
    dist[start] = 0
    queue = deque([start])
    while queue:
        v = queue.popleft()
        if v == end:
            break
        y, x = divmod(v, c)
        d = dist[v] + 1
        for w, inside in ((v - c, y > 0), (v + c, y < r - 1), (v - 1, x > 0), (v + 1, x < c - 1)):
            if inside and dist[w] < 0 and grid[w] != "#":
                dist[w] = d
                queue.append(w)
    print(dist[end])


if __name__ == "__main__":
    main()
