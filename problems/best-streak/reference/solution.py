import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    values = map(int, data[1 : 1 + n])
    best = ending = next(values)
    for v in values:
        ending = v if ending < 0 else ending + v
        if ending > best:
            best = ending
    print(best)


if __name__ == "__main__":
    main()
