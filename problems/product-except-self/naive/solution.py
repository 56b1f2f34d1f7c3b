def product_except_self(nums: list[int]) -> list[int]:
    answer = []
    for i in range(len(nums)):
        prod = 1
        for j, value in enumerate(nums):
            if j != i:
                prod *= value
        answer.append(prod)
    return answer
