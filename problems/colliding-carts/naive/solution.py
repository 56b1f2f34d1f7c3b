def asteroid_collision(carts: list[int]) -> list[int]:
    # Resolve the first head-on pair, then rescan from the start: quadratic.
    row = list(carts)
    changed = True
    while changed:
        changed = False
        for i in range(len(row) - 1):
            a, b = row[i], row[i + 1]
            if a > 0 > b:
                if a > -b:
                    del row[i + 1]
                elif a < -b:
                    del row[i]
                else:
                    del row[i : i + 2]
                changed = True
                break
    return row
