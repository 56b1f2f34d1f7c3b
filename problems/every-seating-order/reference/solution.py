def seatings(guests: list[int]) -> list[list[int]]:
    n = len(guests)
    used = [False] * n
    row: list[int] = []
    out: list[list[int]] = []

    def place() -> None:
        if len(row) == n:
            out.append(row[:])
            return
        for k in range(n):
            if not used[k]:
                used[k] = True
                row.append(guests[k])
                place()
                row.pop()
                used[k] = False

    place()
    return out
