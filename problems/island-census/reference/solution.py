import sys


def main() -> None:
    data = sys.stdin.read().split()
    r, c = int(data[0]), int(data[1])
    land = [ch == "#" for row in data[2 : 2 + r] for ch in row]
    seen = [False] * (r * c)
    count = largest = 0
    for cell in range(r * c):
        if not land[cell] or seen[cell]:
            continue
        count += 1
        size = 0
        seen[cell] = True
        stack = [cell]
        while stack:
            v = stack.pop()
            size += 1
            y, x = divmod(v, c)
            for w, inside in (
                (v - c, y > 0),
                (v + c, y < r - 1),
                (v - 1, x > 0),
                (v + 1, x < c - 1),
            ):
                if inside and land[w] and not seen[w]:
                    seen[w] = True
                    stack.append(w)
        largest = max(largest, size)
    print(count, largest)


if __name__ == "__main__":
    main()
