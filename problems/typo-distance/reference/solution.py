import sys


def distance(a: str, b: str, ins: int, dele: int, rep: int) -> int:
    prev = [j * ins for j in range(len(b) + 1)]
    for i, ca in enumerate(a, 1):
        cur = [i * dele]
        left = cur[0]
        for j, cb in enumerate(b, 1):
            best = prev[j - 1] + (0 if ca == cb else rep)
            up = prev[j] + dele
            if up < best:
                best = up
            if left + ins < best:
                best = left + ins
            cur.append(best)
            left = best
        prev = cur
    return prev[-1]


def main() -> None:
    data = sys.stdin.read().split()
    ins, dele, rep, q = int(data[0]), int(data[1]), int(data[2]), int(data[3])
    out = []
    for k in range(q):
        out.append(distance(data[4 + 2 * k], data[5 + 2 * k], ins, dele, rep))
    sys.stdout.write("".join(f"{d}\n" for d in out))


if __name__ == "__main__":
    main()
