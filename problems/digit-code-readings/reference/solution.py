MOD = 10**9 + 7


def count_readings(code: str) -> int:
    two_back, one_back = 1, 1
    for i, ch in enumerate(code):
        here = one_back if ch != "0" else 0
        if i > 0 and 10 <= int(code[i - 1:i + 1]) <= 26:
            here += two_back
        two_back, one_back = one_back, here % MOD
    return one_back
