import heapq


class MergedIterator:
    def __init__(self, lists: list[list[int]]):
        self.lists = lists
        self.heap = [(values[0], i, 0) for i, values in enumerate(lists) if values]
        heapq.heapify(self.heap)

    def next(self) -> int:
        value, i, j = self.heap[0]
        if j + 1 < len(self.lists[i]):
            heapq.heapreplace(self.heap, (self.lists[i][j + 1], i, j + 1))
        else:
            heapq.heappop(self.heap)
        return value

    def has_next(self) -> bool:
        return bool(self.heap)

    def peek(self) -> int:
        return self.heap[0][0]
