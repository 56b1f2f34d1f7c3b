def count_queen_placements(board: list[str]) -> int:
    n = len(board)
    usable = [sum(1 << c for c, ch in enumerate(row) if ch == ".") for row in board]
    full = (1 << n) - 1

    def count(row: int, cols: int, diag: int, anti: int) -> int:
        if row == n:
            return 1
        total = 0
        free = usable[row] & ~(cols | diag | anti) & full
        while free:
            bit = free & -free
            free ^= bit
            total += count(row + 1, cols | bit, (diag | bit) << 1, (anti | bit) >> 1)
        return total

    return count(0, 0, 0, 0)
