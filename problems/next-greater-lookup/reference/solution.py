def next_greater_element(queries: list[int], nums: list[int]) -> list[int]:
    answer: dict[int, int] = {}
    waiting: list[int] = []
    for value in nums:
        while waiting and waiting[-1] < value:
            answer[waiting.pop()] = value
        waiting.append(value)
    return [answer.get(q, -1) for q in queries]
