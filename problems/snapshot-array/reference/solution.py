from bisect import bisect_right


class SnapshotArray:
    def __init__(self, length: int):
        self.snap_id = 0
        self.ids: list[list[int]] = [[0] for _ in range(length)]
        self.values: list[list[int]] = [[0] for _ in range(length)]

    def set(self, index: int, val: int) -> None:
        if self.ids[index][-1] == self.snap_id:
            self.values[index][-1] = val
        else:
            self.ids[index].append(self.snap_id)
            self.values[index].append(val)

    def snap(self) -> int:
        self.snap_id += 1
        return self.snap_id - 1

    def get(self, index: int, snap_id: int) -> int:
        return self.values[index][bisect_right(self.ids[index], snap_id) - 1]
