def multiply(a: str, b: str) -> str:
    m, n = len(a), len(b)
    slots = [0] * (m + n)
    for i in range(m):
        da = ord(a[m - 1 - i]) - 48
        for j in range(n):
            slots[i + j] += da * (ord(b[n - 1 - j]) - 48)
    for k in range(m + n - 1):
        slots[k + 1] += slots[k] // 10
        slots[k] %= 10
    top = m + n - 1
    while top > 0 and slots[top] == 0:
        top -= 1
    return "".join(chr(48 + slots[k]) for k in range(top, -1, -1))
