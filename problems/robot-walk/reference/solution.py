import sys

STEPS = ((0, 1), (1, 0), (0, -1), (-1, 0))


def main() -> None:
    data = sys.stdin.read().split()
    n = int(data[0])
    blocked = {(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)}
    commands = data[1 + 2 * n]
    x = y = heading = stuck = 0
    for command in commands:
        if command == "R":
            heading = (heading + 1) % 4
        elif command == "L":
            heading = (heading + 3) % 4
        else:
            dx, dy = STEPS[heading]
            if (x + dx, y + dy) in blocked:
                stuck += 1
            else:
                x, y = x + dx, y + dy
    print(f"{x} {y} {'NESW'[heading]}")
    print(f"blocked {stuck}")


if __name__ == "__main__":
    main()
