import heapq


class MedianFinder:
    def __init__(self):
        self.low: list[int] = []  # the smaller half, negated (a max-heap)
        self.high: list[int] = []  # the larger half

    def add_num(self, num: int) -> None:
        heapq.heappush(self.high, -heapq.heappushpop(self.low, -num))
        if len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def find_median(self) -> float:
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        return (-self.low[0] + self.high[0]) / 2
