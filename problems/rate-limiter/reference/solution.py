from collections import deque


class RateLimiter:
    def __init__(self, limit: int, window: int):
        self.limit = limit
        self.window = window
        self.accepted: dict[str, deque[int]] = {}

    def allow(self, client: str, timestamp: int) -> bool:
        times = self.accepted.setdefault(client, deque())
        while times and times[0] <= timestamp - self.window:
            times.popleft()
        if len(times) < self.limit:
            times.append(timestamp)
            return True
        return False
