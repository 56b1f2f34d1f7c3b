def daily_temperatures(temperatures: list[int]) -> list[int]:
    n = len(temperatures)
    waits = [0] * n
    for i in range(n):
        for j in range(i + 1, n):
            if temperatures[j] > temperatures[i]:
                waits[i] = j - i
                break
    return waits
