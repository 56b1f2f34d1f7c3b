def segment_sizes(tape: str) -> list[int]:
    # Cut after position i whenever no letter on the left appears again on the right.
    sizes = []
    start = 0
    for i in range(len(tape)):
        left = set(tape[start:i + 1])
        if not any(ch in left for ch in tape[i + 1:]):
            sizes.append(i - start + 1)
            start = i + 1
    return sizes
