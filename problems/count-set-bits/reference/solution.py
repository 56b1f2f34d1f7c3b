def switches_on(panel: int) -> int:
    count = 0
    while panel:
        panel &= panel - 1
        count += 1
    return count
