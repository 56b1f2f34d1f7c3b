from collections import deque


class HitCounter:
    WINDOW = 300

    def __init__(self):
        self.hits: deque[int] = deque()

    def hit(self, timestamp: int) -> None:
        self.hits.append(timestamp)

    def get_hits(self, timestamp: int) -> int:
        while self.hits and self.hits[0] <= timestamp - self.WINDOW:
            self.hits.popleft()
        return len(self.hits)
