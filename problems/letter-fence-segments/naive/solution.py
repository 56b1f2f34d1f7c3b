def segment_sizes(tape: str) -> list[int]:
    # Same sweep, but find each letter's last position by scanning back from the end every time.
    n = len(tape)
    sizes = []
    start = end = 0
    for i in range(n):
        j = n - 1
        while tape[j] != tape[i]:
            j -= 1
        if j > end:
            end = j
        if i == end:
            sizes.append(i - start + 1)
            start = i + 1
    return sizes
