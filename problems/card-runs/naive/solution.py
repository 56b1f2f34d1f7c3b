def can_make_runs(cards: list[int], run_length: int) -> bool:
    # Repeatedly find the smallest card by scanning, then remove its run card by card.
    if len(cards) % run_length:
        return False
    left = list(cards)
    while left:
        low = min(left)
        for w in range(low, low + run_length):
            for k in range(len(left)):
                if left[k] == w:
                    left.pop(k)
                    break
            else:
                return False
    return True
