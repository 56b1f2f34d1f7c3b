def add(a: int, b: int) -> int:
    mask = 0xFFFFFFFF
    a &= mask
    b &= mask
    while b:
        carry = ((a & b) << 1) & mask
        a ^= b
        b = carry
    return a if a < 0x80000000 else ~(a ^ mask)
