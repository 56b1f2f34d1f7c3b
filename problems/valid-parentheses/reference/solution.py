def is_valid(s: str) -> bool:
    partner = {")": "(", "]": "[", "}": "{"}
    stack: list[str] = []
    for ch in s:
        if ch in partner:
            if not stack or stack[-1] != partner[ch]:
                return False
            stack.pop()
        else:
            stack.append(ch)
    return not stack
