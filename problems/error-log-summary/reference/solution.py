import sys


def main() -> None:
    lines = sys.stdin.read().split("\n")
    n = int(lines[0])
    counts: dict[str, int] = {}
    first: dict[str, str] = {}
    for line in lines[1 : 1 + n]:
        time, level, service = line.split(maxsplit=3)[:3]
        if level == "ERROR":
            counts[service] = counts.get(service, 0) + 1
            first.setdefault(service, time)
    if not counts:
        print("no errors")
        return
    for service in sorted(counts, key=lambda s: (-counts[s], s)):
        print(service, counts[service], first[service])


if __name__ == "__main__":
    main()
