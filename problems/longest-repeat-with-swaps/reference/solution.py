def character_replacement(s: str, k: int) -> int:
    counts = [0] * 26
    left = 0
    highest = 0
    best = 0
    for right, letter in enumerate(s):
        counts[ord(letter) - 65] += 1
        highest = max(highest, counts[ord(letter) - 65])
        while right - left + 1 - highest > k:
            counts[ord(s[left]) - 65] -= 1
            left += 1
        best = max(best, right - left + 1)
    return best
