def connect_sticks(ropes: list[int]) -> int:
    # Re-sort the pieces before every join: O(n^2 log n).
    pieces = list(ropes)
    cost = 0
    while len(pieces) > 1:
        pieces.sort()
        joined = pieces[0] + pieces[1]
        cost += joined
        pieces = pieces[2:] + [joined]
    return cost
