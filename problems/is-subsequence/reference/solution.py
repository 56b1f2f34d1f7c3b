def is_subsequence(pattern: str, text: str) -> bool:
    i = 0
    for letter in text:
        if i < len(pattern) and letter == pattern[i]:
            i += 1
    return i == len(pattern)
