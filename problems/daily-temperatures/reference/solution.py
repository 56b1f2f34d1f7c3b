def daily_temperatures(temperatures: list[int]) -> list[int]:
    waits = [0] * len(temperatures)
    waiting: list[int] = []
    for i, temp in enumerate(temperatures):
        while waiting and temperatures[waiting[-1]] < temp:
            day = waiting.pop()
            waits[day] = i - day
        waiting.append(i)
    return waits
