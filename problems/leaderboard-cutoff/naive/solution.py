def cutoff_scores(k: int, scores: list[int], arrivals: list[int]) -> list[int]:
    board = list(scores)
    out = []
    for s in arrivals:
        board.append(s)
        board.sort(reverse=True)
        out.append(board[k - 1])
    return out
