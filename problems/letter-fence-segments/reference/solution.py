def segment_sizes(tape: str) -> list[int]:
    last = {ch: i for i, ch in enumerate(tape)}
    sizes = []
    start = end = 0
    for i, ch in enumerate(tape):
        if last[ch] > end:
            end = last[ch]
        if i == end:
            sizes.append(i - start + 1)
            start = i + 1
    return sizes
