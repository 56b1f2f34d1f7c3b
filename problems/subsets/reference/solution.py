def subsets(nums: list[int]) -> list[list[int]]:
    values = sorted(nums)
    result: list[list[int]] = []
    chosen: list[int] = []

    def walk(start: int) -> None:
        result.append(chosen[:])
        for j in range(start, len(values)):
            chosen.append(values[j])
            walk(j + 1)
            chosen.pop()

    walk(0)
    return result
