from collections import Counter


def can_make_runs(cards: list[int], run_length: int) -> bool:
    if len(cards) % run_length:
        return False
    count = Counter(cards)
    for v in sorted(count):
        c = count[v]
        if c == 0:
            continue
        for w in range(v, v + run_length):
            if count[w] < c:
                return False
            count[w] -= c
    return True
