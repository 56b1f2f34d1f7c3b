def tick(digits: list[int]) -> list[int]:
    out = digits[:]
    for k in range(len(out) - 1, -1, -1):
        if out[k] < 9:
            out[k] += 1
            return out
        out[k] = 0
    return [1] + out
