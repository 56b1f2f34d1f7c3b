def find_maximum_xor(nums: list[int]) -> int:
    root: list = [None, None]
    for x in nums:
        node = root
        for b in range(30, -1, -1):
            bit = (x >> b) & 1
            if node[bit] is None:
                node[bit] = [None, None]
            node = node[bit]
    best = 0
    for x in nums:
        node = root
        value = 0
        for b in range(30, -1, -1):
            want = 1 - ((x >> b) & 1)
            if node[want] is not None:
                value |= 1 << b
                node = node[want]
            else:
                node = node[1 - want]
        best = max(best, value)
    return best
