def longest_common_prefix(words: list[str]) -> str:
    if not words:
        return ""
    first = words[0]
    for i, ch in enumerate(first):
        for other in words[1:]:
            if i >= len(other) or other[i] != ch:
                return first[:i]
    return first
