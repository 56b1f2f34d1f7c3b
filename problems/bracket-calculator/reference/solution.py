def calculate(expression: str) -> int:
    total, sign, number = 0, 1, 0
    saved: list[tuple[int, int]] = []
    for ch in expression:
        if ch.isdigit():
            number = number * 10 + ord(ch) - 48
        elif ch == "+" or ch == "-":
            total += sign * number
            number = 0
            sign = 1 if ch == "+" else -1
        elif ch == "(":
            saved.append((total, sign))
            total, sign = 0, 1
        elif ch == ")":
            total += sign * number
            number = 0
            outer_total, outer_sign = saved.pop()
            total = outer_total + outer_sign * total
            sign = 1
    return total + sign * number
