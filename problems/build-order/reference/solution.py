import heapq
import sys


def main() -> None:
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    names = data[2 : 2 + n]
    waiting = dict.fromkeys(names, 0)
    after: dict[str, list[str]] = {name: [] for name in names}
    for k in range(m):
        a, b = data[2 + n + 2 * k], data[3 + n + 2 * k]
        after[a].append(b)
        waiting[b] += 1
    ready = [name for name, count in waiting.items() if count == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        task = heapq.heappop(ready)
        order.append(task)
        for nxt in after[task]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                heapq.heappush(ready, nxt)
    print(" ".join(order) if len(order) == n else "IMPOSSIBLE")


if __name__ == "__main__":
    main()
