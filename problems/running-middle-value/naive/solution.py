def running_medians(stream: list[int]) -> list[float]:
    # Insert each value into a sorted list by shifting: quadratic.
    seen: list[int] = []
    out = []
    for value in stream:
        i = len(seen)
        seen.append(value)
        while i > 0 and seen[i - 1] > value:
            seen[i] = seen[i - 1]
            i -= 1
        seen[i] = value
        m = len(seen)
        out.append(float(seen[m // 2]) if m % 2 else (seen[m // 2 - 1] + seen[m // 2]) / 2)
    return out
