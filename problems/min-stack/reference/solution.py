class MinStack:
    def __init__(self):
        self.items: list[tuple[int, int]] = []  # (value, minimum up to here)

    def push(self, val: int) -> None:
        low = val if not self.items else min(val, self.items[-1][1])
        self.items.append((val, low))

    def pop(self) -> None:
        self.items.pop()

    def top(self) -> int:
        return self.items[-1][0]

    def get_min(self) -> int:
        return self.items[-1][1]
