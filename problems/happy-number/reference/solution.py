def is_happy(n: int) -> bool:
    def step(x: int) -> int:
        total = 0
        while x:
            x, digit = divmod(x, 10)
            total += digit * digit
        return total

    slow, fast = n, step(n)
    while slow != fast:
        slow = step(slow)
        fast = step(step(fast))
    return slow == 1
