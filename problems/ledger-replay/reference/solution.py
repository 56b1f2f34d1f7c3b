import sys


def main() -> None:
    lines = sys.stdin.read().split("\n")
    n = int(lines[0])
    balance: dict[str, int] = {}
    rejected: list[int] = []
    for number, line in enumerate(lines[1 : 1 + n], 1):
        op, *args = line.split()
        ok = False
        if op == "open":
            ok = args[0] not in balance
            if ok:
                balance[args[0]] = 0
        elif op == "deposit":
            ok = args[0] in balance
            if ok:
                balance[args[0]] += int(args[1])
        elif op == "withdraw":
            amount = int(args[1])
            ok = args[0] in balance and balance[args[0]] >= amount
            if ok:
                balance[args[0]] -= amount
        elif op == "transfer":
            src, dst, amount = args[0], args[1], int(args[2])
            ok = src in balance and dst in balance and src != dst and balance[src] >= amount
            if ok:
                balance[src] -= amount
                balance[dst] += amount
        if not ok:
            rejected.append(number)
    print("rejected: " + (" ".join(map(str, rejected)) if rejected else "none"))
    for name in sorted(balance):
        print(name, balance[name])


if __name__ == "__main__":
    main()
