import heapq
import sys
from collections import Counter


def main() -> None:
    data = sys.stdin.read().split()
    k = int(data[0])
    counts = Counter(data[1:])
    top = heapq.nsmallest(k, counts.items(), key=lambda item: (-item[1], item[0]))
    sys.stdout.write("".join(f"{word} {count}\n" for word, count in top))


if __name__ == "__main__":
    main()
