def trap(height: list[int]) -> int:
    total = 0
    for i, h in enumerate(height):
        left = max(height[: i + 1])
        right = max(height[i:])
        total += min(left, right) - h
    return total
