MOD = 10**9 + 7


def count_copies(text: str, pattern: str) -> int:
    n = len(pattern)
    ways = [1] + [0] * n
    for ch in text:
        for j in range(n, 0, -1):
            if pattern[j - 1] == ch:
                ways[j] = (ways[j] + ways[j - 1]) % MOD
    return ways[n]
