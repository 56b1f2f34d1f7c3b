def largest_rectangle_area(heights: list[int]) -> int:
    stack: list[int] = []
    best = 0
    bars = heights + [0]
    for i, h in enumerate(bars):
        while stack and bars[stack[-1]] > h:
            top = bars[stack.pop()]
            width = i if not stack else i - stack[-1] - 1
            best = max(best, top * width)
        stack.append(i)
    return best
