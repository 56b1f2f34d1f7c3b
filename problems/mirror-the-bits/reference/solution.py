def reverse_bits(word: int) -> int:
    result = 0
    for _ in range(32):
        result = (result << 1) | (word & 1)
        word >>= 1
    return result
