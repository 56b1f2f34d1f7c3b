import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, cap = int(data[0]), int(data[1])
    best = [0] * (cap + 1)
    for i in range(n):
        weight, value = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        if weight > cap:
            continue
        # best[w] for w >= weight becomes max(best[w], best[w - weight] + value), all from the
        # row before this crate: a slice built before the assignment reads the old row.
        shifted = [b + value for b in best[: cap + 1 - weight]]
        best[weight:] = [max(a, b) for a, b in zip(best[weight:], shifted)]
    print(best[cap])


if __name__ == "__main__":
    main()
