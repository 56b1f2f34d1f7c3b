import sys

OPENS = {")": "(", "]": "[", "}": "{"}


def depth(snippet: str) -> int:
    waiting: list[str] = []
    best = 0
    for ch in snippet:
        if ch in "([{":
            waiting.append(ch)
            best = max(best, len(waiting))
        elif ch in OPENS:
            if not waiting or waiting[-1] != OPENS[ch]:
                return -1
            waiting.pop()
    return -1 if waiting else best


def main() -> None:
    data = sys.stdin.read().split()
    q = int(data[0])
    sys.stdout.write("".join(f"{depth(s)}\n" for s in data[1 : 1 + q]))


if __name__ == "__main__":
    main()
